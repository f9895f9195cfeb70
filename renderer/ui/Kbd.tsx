/** Key caps, for hints: <Kbd keys={['Ctrl', 'E']} />. */
export function Kbd({ keys }: { keys: readonly string[] }) {
  return (
    <span className="kbd-chord">
      {keys.map((key, i) => (
        <kbd key={i} className="kbd">
          {key}
        </kbd>
      ))}
    </span>
  );
}
