/** A Word file as Word writes one, made with the docx library: a heading, paragraphs, a list, a table and a picture. */
import { AlignmentType, Document, FootnoteReferenceRun, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

/** A one-pixel PNG, for a picture that has no text. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

export const WORD_PARAGRAPHS = [
  'Gas talks end in agreement',
  'Officials from Ankara and Moscow agreed on Tuesday to extend the gas contract for five years.',
  'The new price is lower than last year’s, the minister said.',
  'Deliveries start in January.',
  'A review follows in two years.',
  'Pipeline',
  'Blue Stream',
  'Moscow denied that it had threatened to cut supplies.[1]',
  'Ministry statement of 7 April.',
];

export async function wordFile(properties: { title?: string; creator?: string } = { title: 'Gas talks end in agreement', creator: 'Ayşe Demir' }): Promise<Buffer> {
  const document = new Document({
    ...properties,
    footnotes: { 1: { children: [new Paragraph('Ministry statement of 7 April.')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: WORD_PARAGRAPHS[0], heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('Officials from Ankara and Moscow agreed on '), new TextRun({ text: 'Tuesday', bold: true }), new TextRun(' to extend the gas contract for five years.')] }),
          new Paragraph({ children: [new TextRun({ text: 'The new price is lower than last year’s, the minister said.', italics: true })], alignment: AlignmentType.JUSTIFIED }),
          new Paragraph({ text: WORD_PARAGRAPHS[3], bullet: { level: 0 } }),
          new Paragraph({ text: WORD_PARAGRAPHS[4], bullet: { level: 0 } }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: PIXEL, transformation: { width: 100, height: 60 } })] }),
          new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('Pipeline')] }), new TableCell({ children: [new Paragraph('Blue Stream')] })] })] }),
          new Paragraph({ children: [new TextRun('Moscow denied that it had threatened to cut supplies.'), new FootnoteReferenceRun(1)] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** A Word file with no text: a picture only. */
export async function pictureOnlyWordFile(): Promise<Buffer> {
  const document = new Document({ sections: [{ children: [new Paragraph({ children: [new ImageRun({ type: 'png', data: PIXEL, transformation: { width: 100, height: 60 } })] })] }] });
  return Packer.toBuffer(document);
}
