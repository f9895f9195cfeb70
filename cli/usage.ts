/** Help texts, one per command, shown by --help and after a usage mistake. */
import { CONSENSUS_CODER } from '../db/agreement/domain';

export const COMMON_OPTIONS = `Options for every command:
  --notebook PATH   the notebook file (default: your Themata notebook, the one the app opens)
  --coder NAME      who is coding (default: $THEMATA_CODER, else the name chosen in the app
                    on this machine, else your account name)
  -h, --help        this help`;

export const USAGE: Record<string, string> = {
  main: `Themata: tag news articles sentence by sentence, by theme.

Usage: themata <command> [options]

Commands:
  segment [FILE]               print the sentences of a text file (or standard input), one per line
  import FILE|FOLDER...        add articles (.txt, .md, .html, .pdf, .docx), or folders of them, as documents
  documents                    list the notebook's documents with their details
  documents set DOC ...        set a document's title, outlet, author, date, URL, language, attributes
  documents done DOC [--not]   mark a document as coded by you (--not takes the mark back)
  coders                       list the coders in the notebook: tags, notes, documents coded
  themes [add|move|rename|...] list or edit the codebook (sub-themes: --parent, --top)
  tag DOC:N THEME              tag sentence N of document DOC with a theme (N may be a range, 3-5)
  untag DOC:N THEME            remove a theme from a sentence
  note DOC:N TEXT              write the note on a sentence (--file FILE reads it, --clear removes it)
  memo notebook|DOC|theme:NAME read or write a memo on the notebook, a document or a theme
  search QUERY                 find sentences, notes and memos: words, "phrases", OR, -word
  stats                        counts per theme, document, outlet and attribute, and co-occurrence
  export                       write the tagged sentences as Markdown, CSV or JSON
  merge OTHER                  bring another coder's work in, from their notebook or a .qdpx project
  agreement                    how far coders agree per theme: percent agreement, Cohen's κ, Krippendorff's α
  agreement disagreements      the sentences where coders differ on a theme (--markdown for their discussion)
  consensus DOC:N              settle a sentence for the consensus coder: keep one coder's answer, both or none
  undo, redo                   take back or replay the last change
  salvage FILE -o NEW          copy what Themata understands from a refused notebook into a new one
  backups                      list the notebook's backups: when, why, size, sentences, tags
  restore BACKUP               put a backup in the notebook's place (its current state is backed up first)

Run "themata <command> --help" for a command's options. documents, themes, search, stats
and merge take --json to print one JSON document for scripts.

${COMMON_OPTIONS}`,
  segment: `Usage: themata segment [FILE] [--json]

Splits plain text into sentences, one per line. Reads standard input without FILE.
  --json   print an array of {text, start, end}; start and end are offsets into the input`,
  import: `Usage: themata import FILE|FOLDER... [--title TITLE]

Adds articles to the notebook as documents, one per file (up to 20 MB each), and prints each
one's id and sentence count. The extension says how a file is read:
  .txt .text       plain UTF-8 text, kept as it is
  .md .markdown    Markdown: headings, paragraphs and list items, markup taken off
  .html .htm       a saved web page: the article only (no menus, adverts or scripts); its
                   title, byline, site, date, language and address become its details
  .pdf             the text of a PDF, its paragraphs and columns rebuilt, running headers,
                   footers and page numbers left out (a scan has no text: run OCR first)
  .docx            a Word file's paragraphs; its title and author if the file sets them
A FOLDER stands for the files of these kinds in it and in its subfolders, in name order
(article-2 before article-10); hidden files and folders are left out and links to folders are
not followed.
Each file is imported whole or not at all. A file that cannot be imported (missing, empty, not
UTF-8 text, a kind Themata does not read, a damaged or password-protected file, a page with no
article, too large) is refused with one line naming it and why, the other files are still
imported, and the exit status is 1: import the refused ones again once they are fixed. A text
already in the notebook is skipped and the document that has it named; that is no failure.
With more than one file, a last line on standard error sums up; on a terminal, a line there
also shows which file is being read.
  --title TITLE   the document's title (one file only; default: the article's own title, or
                  one made from the file name)
A REFI-QDA project (.qdpx) or codebook (.qdc), given on its own, is imported as one step that undo
takes back: its sources, codes, codings by each user, notes, memos and variables; a summary says
what was added and lists what the notebook cannot hold.`,
  documents: `Usage: themata documents [--json] [--outlet O] [--author A] [--lang L] [--from D] [--to D] [--attr KEY=VALUE]...
       themata documents set DOC [--title T] [--outlet O] [--author A] [--date YYYY-MM-DD]
                                 [--url URL] [--lang L] [--attr KEY=VALUE]...
       themata documents done DOC [--not] [--coder NAME]

Lists the notebook's documents: id, sentences, tagged sentences, title, then the details set
(outlet · date · author · language · URL · key=value...), then who has marked it coded.
"done" marks document DOC as coded (finished) by you, or by --coder NAME: agreement compares
only documents every compared coder has marked. --not takes the mark back. Either is one change
"themata undo" takes back.
"set" changes document DOC's details, as one change "themata undo" takes back. An empty value
clears a detail (--outlet ""); --attr KEY=VALUE sets one of your own variables (country, stance,
wave; repeatable), and KEY= removes it. A date is a calendar day written YYYY-MM-DD; a URL starts
with http:// or https://. A bad value is refused with one line and nothing is changed.
Listing, the options pick the documents shown:
Documents picked by their details (every condition must hold; values compared ignoring case):
  --outlet O  --author A  --lang L   that outlet, author or language
  --from YYYY-MM-DD  --to YYYY-MM-DD  published in that range, inclusive (undated documents left out)
  --attr KEY=VALUE                    one of your own variables (repeatable)
  --json   print an array of {id, title, outlet, author, publishedOn, url, language,
           attributes: [{key, value}], sourceName, importedAt, sentenceCount, paragraphCount,
           taggedCount, noteCount, codedBy: [coder]}; the details and sourceName (the imported
           file's name) may be null`,
  coders: `Usage: themata coders [--json]

Lists everyone who has coded in the notebook: their name, tags, notes, and documents marked as
coded; "(you)" marks who is coding now (--coder NAME, else $THEMATA_CODER, else the name chosen
in the app on this machine, else your account name).
  --json   print {current, coders: [{name, tags, notes, codedDocuments}]}`,
  themes: `Usage: themata themes [--json]
       themata themes add NAME [--parent THEME] [--colour #RRGGBB] [--description TEXT]
       themata themes move THEME --parent THEME | --top
       themata themes rename THEME NEW-NAME
       themata themes delete THEME

Lists the codebook in order, sub-themes indented under their parent: key, colour, sentences, name.
A parent's count is its roll-up: the sentences tagged with it or any sub-theme, each once; its own
count follows in brackets. Keys 1-9 go to the first nine themes in this order.
THEME is a theme's name, its key (1-9) or its id.
  --parent THEME   add the theme under THEME, or move it there (with its sub-themes)
  --top            move the theme to the top level
  --json           print the codebook, in order, as an array of {id, name, key, colour, description,
                   parentId, parentName, depth, tagCount, rollupCount}; key, parentId and parentName
                   may be null; rollupCount counts the theme's and its sub-themes' sentences once each`,
  tag: `Usage: themata tag DOC:N THEME [--note TEXT]

Tags sentence N (counted from 1, as the app shows it) of document DOC. N may be a range such as 3-5.
  --note TEXT   also write the sentence's note`,
  untag: `Usage: themata untag DOC:N THEME

Removes a theme from sentence N (or a range such as 3-5) of document DOC.`,
  note: `Usage: themata note DOC:N TEXT
       themata note DOC:N --file FILE
       themata note DOC:N --clear

Writes (or with --clear removes) the note on sentence N of document DOC. A note is at most
200,000 characters.
  --file FILE   read the note from a UTF-8 text file of up to 1 MB ("-" reads standard input),
                for a note longer than a command-line argument may be; line breaks at the
                end are dropped, and an empty file is refused
  --clear       remove the note`,
  memo: `Usage: themata memo notebook|DOC|theme:NAME [TEXT...]
       themata memo notebook|DOC|theme:NAME --file FILE
       themata memo notebook|DOC|theme:NAME --clear

Without TEXT, prints the memo on the notebook, on document DOC, or on a theme (theme:NAME, where
NAME may also be the theme's key or id). With TEXT, writes it (a memo is at most 200,000
characters); "themata undo" takes a change back.
  --file FILE   read the memo from a UTF-8 text file of up to 1 MB ("-" reads standard input)
  --clear       remove the memo`,
  search: `Usage: themata search QUERY [--limit N] [--json] [--outlet O] [--author A] [--lang L] [--from D] [--to D] [--attr KEY=VALUE]...

Finds sentences whose text or note matches QUERY, read as the app's search reads it:
  Russia Turkey         both words, in any order (each as a word beginning: negotiat finds negotiations)
  "air campaign"        the exact phrase
  Russia OR Turkey      either word (OR in capitals; it binds closer than the space between words)
  Russia -ceasefire     leave out sentences with a word (also NOT ceasefire)
  (Moscow OR Ankara) talks   a group in parentheses; U.S. is one term
What cannot be read (an unclosed quote, an OR at the end, a lone -) is left out, and a line on
standard error says how the query was read. Memos that match follow the sentences, each named by
what it is about; with conditions on documents, only their sentences are searched.
Documents picked by their details (every condition must hold; values compared ignoring case):
  --outlet O  --author A  --lang L   that outlet, author or language
  --from YYYY-MM-DD  --to YYYY-MM-DD  published in that range, inclusive (undated documents left out)
  --attr KEY=VALUE                    one of your own variables (repeatable)
  --limit N   at most N sentences (default 50)
  --json      print an array of {documentId, documentTitle, sentenceNumber, text, note, themes:
              [{id, name}], matchedIn}; note may be null, matchedIn is "sentence", "note" or "both";
              then memos found, as {memo: "notebook"|"document"|"theme", documentId, themeId, label, body}`,
  stats: `Usage: themata stats [--json] [--outlet O] [--author A] [--lang L] [--from D] [--to D] [--attr KEY=VALUE]...

Counts tagged sentences per theme and per document, and how often two themes share a sentence;
then, once documents have details, per outlet and per attribute value (tagged sentences per theme).
With conditions on documents, everything is counted over those documents alone.
Documents picked by their details (every condition must hold; values compared ignoring case):
  --outlet O  --author A  --lang L   that outlet, author or language
  --from YYYY-MM-DD  --to YYYY-MM-DD  published in that range, inclusive (undated documents left out)
  --attr KEY=VALUE                    one of your own variables (repeatable)
  --json   print {sentenceCount, taggedSentenceCount, tagCount, noteCount,
           themes: [{themeId, name, count}],
           documents: [{documentId, title, sentenceCount, taggedCount, themes: [{themeId, name, count}]}],
           cooccurrence: [{a, aName, b, bName, count}] (a and b are theme ids, a < b),
           outlets: [{outlet, documentCount, sentenceCount, taggedCount, themes: [{themeId, name, count}]}],
           attributes: [{key, value, documentCount, sentenceCount, taggedCount, themes: [...]}]}
           (outlet null gathers the documents without one)`,
  merge: `Usage: themata merge OTHER.themata|OTHER.qdpx [--json]

Brings another coder's work into this notebook as one step that undo takes back: their tags,
notes and done marks, under their own coder names, and the documents and themes this notebook
does not have yet. The other file is only read, never changed; nothing in this notebook is
replaced. Documents are matched by their text (line endings aside), themes by GUID, then by
name in the same place in the codebook, and each tag or note by the whole sentences it covers.
A report says what matched, what was added per coder, what was already here, and what was left
out and why (a note that would replace a different note by the same coder on that sentence, a
range that does not fall on sentence boundaries). Merging the same file again changes nothing.
  --json   print the report as one JSON document`,
  export: `Usage: themata export [--format markdown|csv|json] [--counts] [--bom] [-o FILE] [--force]
                      [--by theme|document] [--theme THEME]... [--no-notes] [--untagged-notes]
                      [--tags-by CODER]
                      [--outlet O] [--author A] [--lang L] [--from D] [--to D] [--attr KEY=VALUE]...
       themata export --format qdpx -o FILE.qdpx | --format qdc [-o FILE.qdc]

Writes the tagged sentences to standard output or to FILE: as Markdown (the default),
or for R, pandas and spreadsheets as CSV or JSON with a row per sentence, theme and coder
(see "Exchange" in the README for the columns). --format qdpx writes the whole notebook as a
REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder read it), --format qdc its codebook.
  -f, --format FORMAT   markdown (default), csv, json, qdpx or qdc
  --counts              (csv, json) a row per document with a column of tagged-sentence
                        counts per theme, and roll-ups for themes with sub-themes
  --bom                 (csv) start with a byte order mark, so Excel reads UTF-8
  --by theme|document   (markdown) group by theme (default) or by document
  -o, --output FILE     write to FILE (refuses to replace an existing file unless --force)
  --theme THEME         only this theme (repeatable)
  --no-notes            leave the notes out
  --untagged-notes      also notes on untagged sentences when --theme is given
                        (with every theme exported they are in by default)
  --tags-by CODER       one coder's tags and notes alone (say, Consensus after settling
                        disagreements); every coder's by default ("themata coders" lists them)
  --outlet, --author, --lang, --from, --to, --attr KEY=VALUE
                        only the documents with these details, as "themata documents" picks them`,
  agreement: `Usage: themata agreement [--coders A,B,...] [--theme THEME]... [--all] [--json]
       themata agreement disagreements --theme THEME [--coders A,B,...] [--all] [--json | --markdown]

Compares coders sentence by sentence. The units are the sentences of the documents every compared
coder has marked as coded ("themata documents done DOC"); with --all, every document's sentences,
and a coder who left a document unmarked judged it absent where they did not tag. Each theme is a
present/absent judgement per coder per sentence, judged on its own tags (a sub-theme's tag is not
one of its parent's). Per theme and overall: percent agreement, Cohen's κ (two coders only) and
Krippendorff's α (nominal, any number of coders); overall pooled (every theme's judgements in one
table) and as the mean over the themes where a figure is defined. κ is read by Landis & Koch's
bands; α is reliable from 0.800, good for tentative conclusions from 0.667. A figure shows — where
it is undefined: every coder judged every sentence the same way.
"disagreements" lists the sentences where the coders' judgements of one theme differ, each with
its document and number (DOC:N), every coder's answer and note, and the consensus so far.
  --coders A,B,...   the coders to compare (default: every coder who marked a document as coded,
                     the ${CONSENSUS_CODER} coder left out; with --all, every coder who tagged)
  --theme THEME      only this theme (repeatable; name, key or id); disagreements take one
  --all              every document, coded or not
  --json             print {coders, documents, sentences, all, themes: [{themeId, name, depth, units,
                     percentAgreement, cohensKappa, krippendorffsAlpha, disagreements, tagged}], overall:
                     {units, percentAgreement, cohensKappa, krippendorffsAlpha, mean: {...}}}; a figure is
                     null where undefined, tagged counts each coder's tags in the order of coders.
                     For disagreements: {coders, theme, documents, units, all, disagreements: [{sentenceId,
                     documentId, documentTitle, sentenceNumber, text, before, after, judgements: [{coder,
                     present, note}], consensus}]}, consensus null while not settled
  --markdown         (disagreements) Markdown for the coders' discussion: each sentence in context, every
                     coder's answer and note, and where the consensus stands`,
  consensus: `Usage: themata consensus DOC:N --theme THEME... --keep CODER[,CODER...] | --keep none

Settles sentence N of document DOC for the ${CONSENSUS_CODER} coder: its tags for each theme given
become those of the coders kept: one coder's answer, several coders' (the theme is kept where any of
them has it), or with --keep none neither. One change, which "themata undo" takes back; settling
again replaces the answer. "themata agreement disagreements" shows what is settled.
  --theme THEME   the theme to settle (repeatable; name, key or id)
  --keep NAMES    the coders whose answer to keep, separated by commas, or none`,
  undo: `Usage: themata undo

Takes back the notebook's last change (the same history the app's Edit > Undo uses).`,
  redo: `Usage: themata redo

Replays the last change that was undone.`,
  salvage: `Usage: themata salvage FILE -o NEW

Themata refuses a notebook that holds tables, triggers or views it did not create (exit status 4),
and one that is damaged (exit status 3). salvage reads FILE without running any of its SQL and copies
the documents, sentences, themes, tags, notes and history Themata understands, each checked, into the
new notebook NEW (which must not exist yet), then lists what it left out. FILE is never written.
  -o, --output NEW   the new notebook`,
  backups: `Usage: themata backups [--json]

Lists the notebook's backups, newest first: when each was made, why (hourly, before upgrade,
before restore), its size, and how many sentences and tags it holds. Themata makes them with
SQLite's backup API and checks each before keeping it: at most one an hour while the notebook
changes, one before a newer Themata upgrades its format, and one before a restore replaces it.
It keeps the last 10 hourly ones, the newest of each of the last 7 days, every one made before
an upgrade and the last 10 made before a restore, in Backups/ in Themata's user data folder
(the folder of your default notebook, or $THEMATA_HOME). The notebook itself is not opened,
so this works while it is damaged or open in the app.
  --json   print an array of {path, createdAt, reason, sizeBytes, sentenceCount, tagCount};
           the counts are null for a backup that can no longer be read`,
  restore: `Usage: themata restore BACKUP

Puts a backup in the notebook's place. BACKUP is a number or a file name from "themata backups",
or the path of a backup file. The backup is checked first; then the notebook's current state is
backed up ("before restore"), so a restore can itself be undone by restoring that backup. A
notebook too damaged to open is moved aside next to itself instead, for "themata salvage".
Close the notebook in the app first (the app has File > Restore from a Backup… for this).`,
};
