import { Focusable, Tooltip, TooltipTrigger } from 'react-aria-components';
import './UnknownId.css';

/** An id whose name Mix did not give us: the id itself, a Tab stop whose tooltip says why no name shows. */
export function UnknownId({ id, what }: { id: string; what: string }) {
  const why = `Mix returned no ${what} with id ${id} in the lists it sent, so its id is shown.`;
  return (
    <TooltipTrigger delay={300}>
      <Focusable>
        <span className="unknown-id" role="img" aria-label={`${what} ${id} (name unknown)`}>
          {id}
        </span>
      </Focusable>
      <Tooltip className="tooltip" offset={6}>
        {why}
      </Tooltip>
    </TooltipTrigger>
  );
}
