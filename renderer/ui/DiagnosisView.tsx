import type { Diagnosis } from '../../common/ipc-contract';
import './DiagnosisView.css';

interface DiagnosisViewProps {
  diagnosis: Diagnosis;
}

/**
 * The credential doctor's reading of a failed sign-in, as main phrased it: the likely cause, the fix, the
 * other causes with the same symptom, and help pages. Links leave the app only through main's
 * documentation allow-list (security/documentation-links.ts).
 */
export function DiagnosisView({ diagnosis }: DiagnosisViewProps) {
  const { cause, fix, otherCauses = [], links = [] } = diagnosis;
  return (
    <section className="diagnosis" aria-label="Diagnosis" data-diagnosis={diagnosis.kind}>
      <p>
        <strong>Likely cause: </strong>
        {cause}
      </p>
      <p>
        <strong>Fix: </strong>
        {fix}
      </p>
      {otherCauses.length > 0 && (
        <>
          <p className="diagnosis-others-title">It can also be:</p>
          <ul className="diagnosis-others">
            {otherCauses.map((other) => (
              <li key={other}>{other}</li>
            ))}
          </ul>
        </>
      )}
      {links.length > 0 && (
        <p className="diagnosis-links">
          {links.map((link) => (
            <a key={link.url} className="button" href={link.url} target="_blank" rel="noreferrer">
              {link.label}
            </a>
          ))}
        </p>
      )}
    </section>
  );
}
