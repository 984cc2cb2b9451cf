import { Input, SearchField } from 'react-aria-components';
import './TreeSearchField.css';

/**
 * "Search Mix" above the tree: the first key typed opens the palette with it, and the palette's field
 * takes over (with the caret after it), so nothing typed is lost. Ctrl+K does the same from anywhere.
 */
export function TreeSearchField({ onSearch }: { onSearch: (text: string) => void }) {
  return (
    <SearchField
      aria-label="Search Mix"
      className="tree-search"
      value=""
      onChange={(text) => {
        if (text) onSearch(text);
      }}
      onSubmit={() => onSearch('')}
    >
      <Input className="tree-search-input" placeholder="Search Mix…  Ctrl K" />
    </SearchField>
  );
}
