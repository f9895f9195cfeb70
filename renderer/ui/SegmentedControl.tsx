interface SegmentedControlProps<T extends string> {
  /** The radio group's name, unique on the page. */
  name: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

/** A choice between a few values, drawn as joined buttons but built from radio inputs, so keys and screen readers work. */
export function SegmentedControl<T extends string>({ name, value, options, onChange }: SegmentedControlProps<T>) {
  return (
    <div className="segmented">
      {options.map((option) => (
        <label key={option.value} className={value === option.value ? 'segment checked' : 'segment'}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </div>
  );
}
