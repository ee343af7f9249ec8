import {
  DvcDossierForm, DvcDossierTracker, DvcPayment, DvcServiceDetail, DvcServiceSearch,
} from '@dvc-kit/elements/react';
import { useEffect, useRef, useState } from 'react';

/** Where the citizen is: the app keeps it in the address (`?ma=…&buoc=…`), so Back and reload work. */
type Step =
  | { name: 'search' }
  | { name: 'detail'; service: string }
  | { name: 'submit'; service: string }
  | { name: 'pay'; dossier: string };

function readStep(): Step {
  const params = new URLSearchParams(location.search);
  // The payment gateway returns here with ?dvc-payment=<dossier code>.
  const paid = params.get('dvc-payment');
  if (paid) return { name: 'pay', dossier: paid };
  const service = params.get('ma');
  const dossier = params.get('ho-so');
  if (dossier) return { name: 'pay', dossier };
  if (service) return params.get('buoc') === 'nop' ? { name: 'submit', service } : { name: 'detail', service };
  return { name: 'search' };
}

function urlOf(step: Step): string {
  switch (step.name) {
    case 'search': return location.pathname;
    case 'detail': return `?ma=${encodeURIComponent(step.service)}`;
    case 'submit': return `?ma=${encodeURIComponent(step.service)}&buoc=nop`;
    case 'pay': return `?ho-so=${encodeURIComponent(step.dossier)}`;
  }
}

const steps: [Step['name'], string][] = [
  ['search', 'Tìm thủ tục'], ['detail', 'Xem thủ tục'], ['submit', 'Nộp hồ sơ'], ['pay', 'Thanh toán và theo dõi'],
];

export function App() {
  const [step, setStep] = useState<Step>(readStep);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);

  useEffect(() => {
    const onPop = () => setStep(readStep());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  // After each step change, focus goes to the new step's heading (a screen reader hears where it is).
  useEffect(() => {
    if (first.current) first.current = false;
    else heading.current?.focus();
    document.title = `${steps.find(([name]) => name === step.name)?.[1]} — DVC Kit React`;
  }, [step]);

  const go = (next: Step) => {
    history.pushState(null, '', urlOf(next));
    setStep(next);
  };

  return (
    <>
      <header>
        <p>Ví dụ React · DVC Kit</p>
      </header>
      <main>
        <nav aria-label="Các bước">
          <ol>
            {steps.map(([name, label]) => (
              <li key={name} aria-current={name === step.name ? 'step' : undefined}>{label}</li>
            ))}
          </ol>
        </nav>
        <h1 ref={heading} tabIndex={-1}>{steps.find(([name]) => name === step.name)?.[1]}</h1>
        {step.name !== 'search' && (
          <button type="button" className="back" onClick={() => go({ name: 'search' })}>← Tìm thủ tục khác</button>
        )}

        {/* #region search */}
        {step.name === 'search' && (
          <DvcServiceSearch
            pageSize={5}
            onServiceSelect={(event) => {
              event.preventDefault(); // stay in the app instead of following a link
              go({ name: 'detail', service: event.detail.code });
            }}
          />
        )}
        {/* #endregion search */}

        {step.name === 'detail' && (
          <DvcServiceDetail
            code={step.service}
            onStartSubmission={(event) => {
              event.preventDefault();
              go({ name: 'submit', service: step.service });
            }}
          />
        )}

        {/* #region submit */}
        {step.name === 'submit' && (
          <DvcDossierForm
            service={step.service}
            onDossierSubmitted={(event) => go({ name: 'pay', dossier: event.detail.dossier.code })}
          />
        )}
        {/* #endregion submit */}

        {step.name === 'pay' && (
          <>
            <DvcPayment dossier={step.dossier} />
            <DvcDossierTracker code={step.dossier} />
          </>
        )}
      </main>
    </>
  );
}
