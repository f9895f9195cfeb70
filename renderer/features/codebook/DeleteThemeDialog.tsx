import { useWorkspaceState } from '../../state/session-context';
import { useNavigation } from '../../state/navigation';
import { ConfirmRemovalDialog } from '../../ui/ConfirmRemovalDialog';
import { useCodebook } from './codebook-actions';

/** Deleting a theme says how many tags go with it, and that it can be undone. */
export function DeleteThemeDialog({ themeId }: { themeId: number }) {
  const codebook = useCodebook();
  const navigation = useNavigation();
  const theme = useWorkspaceState((s) => s.themes.find((t) => t.id === themeId));
  const children = useWorkspaceState((s) => s.themes.filter((t) => t.parentId === themeId).length);
  if (!theme) return null;
  const tags = theme.tagCount === 1 ? '1 tag' : `${theme.tagCount.toLocaleString()} tags`;
  return (
    <ConfirmRemovalDialog
      title={`Delete “${theme.name}”?`}
      confirmLabel={`Delete theme and ${tags}`}
      onConfirm={() => codebook.remove(themeId)}
      onClose={() => navigation.closeDialog()}
    >
      <p>
        {theme.tagCount > 0 ? (
          <>
            This removes the theme from the codebook and <strong>{tags}</strong> from{' '}
            {theme.tagCount === 1 ? 'the sentence' : 'the sentences'} that carry it. Notes stay.
          </>
        ) : (
          <>No sentence carries this theme; only the codebook entry goes.</>
        )}
      </p>
      {children > 0 ? (
        <p>
          Its {children === 1 ? 'sub-theme moves' : `${children} sub-themes move`} up a level, with {children === 1 ? 'its' : 'their'} tags.
        </p>
      ) : null}
    </ConfirmRemovalDialog>
  );
}
