/**
 * A labelled combobox whose options come in named groups (React Aria's ComboBox: type to filter, arrows to
 * move, Enter to choose, Escape to close; the list is announced as a listbox with one group per section).
 * The field shows the chosen option's full text; the list shows each option under its group's header.
 */
import {
  Button,
  ComboBox as AriaComboBox,
  Header,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  Popover,
} from 'react-aria-components';
import './ComboBox.css';

export interface ComboOption {
  id: string;
  /** What the list shows under the group's header. */
  label: string;
  /** What the field shows once chosen, and what typing matches (the group's name and the label). */
  text: string;
}

export interface ComboSection {
  id: string;
  title: string;
  options: readonly ComboOption[];
}

export function GroupedComboBox({
  label,
  sections,
  selectedId,
  onSelect,
  placeholder,
}: {
  label: string;
  sections: readonly ComboSection[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  placeholder?: string;
}) {
  return (
    <AriaComboBox
      className="combo"
      selectedKey={selectedId}
      onSelectionChange={(key) => {
        if (key !== null) onSelect(String(key));
      }}
      menuTrigger="focus"
    >
      <Label className="combo-label">{label}</Label>
      <div className="combo-field">
        <Input className="combo-input" placeholder={placeholder} />
        <Button className="combo-button" aria-label={`Show every option of ${label}`}>
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      <Popover className="popover combo-popover" placement="bottom start">
        <ListBox className="menu combo-list">
          {sections.map((section) => (
            <ListBoxSection key={section.id} id={section.id} className="combo-section">
              <Header className="combo-header">{section.title}</Header>
              {section.options.map((option) => (
                <ListBoxItem key={option.id} id={option.id} textValue={option.text} className="menu-item">
                  {option.label}
                </ListBoxItem>
              ))}
            </ListBoxSection>
          ))}
        </ListBox>
      </Popover>
    </AriaComboBox>
  );
}
