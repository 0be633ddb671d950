// What runs here and what the agent silenced: the rule sets active on this site (from the worker, which decides it
// the same way for every check), the rules turned off here and everywhere, each with "Turn back on", and the way to
// the manager.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { CATEGORY_LABEL } from '../../components/labels';
import { ask } from '../../utils/messaging';
import type { ActiveSets } from '../../utils/protocol';
import { disabledRulesBySiteItem, disabledRulesItem } from '../../utils/settings';

const ORIGIN_NAME: Record<ActiveSets['sets'][number]['origin'], string> = {
  policy: 'your organisation',
  subscription: 'subscribed',
  user: 'yours',
  builtin: 'built in',
};

interface Off {
  rule: string;
  where: 'everywhere' | 'site';
}

export function RulesHere(props: { host?: string; onError(message: string): void }) {
  const [everywhere, setEverywhere] = useState<string[]>([]);
  const [bySite, setBySite] = useState<Record<string, string[]>>({});
  const [active, setActive] = useState<ActiveSets | null>(null);
  useEffect(() => {
    void disabledRulesItem.getValue().then(setEverywhere);
    void disabledRulesBySiteItem.getValue().then(setBySite);
    const unwatch = [disabledRulesItem.watch(setEverywhere), disabledRulesBySiteItem.watch(setBySite)];
    return () => unwatch.forEach((u) => u());
  }, []);
  const off: Off[] = [
    ...(props.host ? (bySite[props.host] ?? []).map((rule): Off => ({ rule, where: 'site' })) : []),
    ...everywhere.map((rule): Off => ({ rule, where: 'everywhere' })),
  ];
  const describeKey = off.map((o) => o.rule).join('\n');
  useEffect(() => {
    let alive = true;
    ask({ type: 'tc:active-sets', site: props.host ?? '', describe: describeKey ? describeKey.split('\n') : [] }).then(
      (a) => alive && setActive(a),
      () => alive && setActive({ sets: [], rules: {} }),
    );
    return () => void (alive = false);
  }, [props.host, describeKey]);

  const turnOn = (o: Off): void => {
    ask({ type: 'tc:enable-rule', rule: o.rule, scope: o.where, site: props.host ?? '' }).catch((e: unknown) =>
      props.onError(`The rule could not be turned back on: ${e instanceof Error ? e.message : String(e)}`),
    );
  };

  return (
    <>
      {props.host && active && (
        <section data-tc-popup="rule-sets" aria-labelledby="sets-here">
          <h2 id="sets-here">Rule sets here</h2>
          {active.sets.length === 0 ? (
            <p className="note">No rule set runs on this site.</p>
          ) : (
            <ul className="plain">
              {active.sets.map((s) => (
                <li key={s.id} data-tc-popup="rule-set" data-id={s.id} data-origin={s.origin}>
                  <span className="set-name">{s.name}</span>{' '}
                  <span className="muted">
                    {ORIGIN_NAME[s.origin]} · {s.rules} rules
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {off.length > 0 && (
        <section data-tc-popup="rules-off" aria-labelledby="rules-off">
          <h2 id="rules-off">Rules you turned off</h2>
          <ul className="plain">
            {off.map((o) => {
              const info = active?.rules[o.rule];
              return (
                <li key={`${o.where}:${o.rule}`} data-tc-popup="rule-off" data-rule={o.rule} data-where={o.where}>
                  <div>
                    <span className="set-name">
                      {info?.family
                        ? `All ${info.family.rules} rules of the “${info.family.name}” advice: ${info.message}`
                        : info
                          ? info.message
                          : o.rule}
                    </span>
                    <div className="muted">
                      {info ? `${CATEGORY_LABEL[info.category]} · ` : ''}
                      {o.where === 'site' ? `off on ${props.host}` : 'off everywhere'} · {o.rule}
                    </div>
                  </div>
                  <button data-tc-popup="turn-on" onClick={() => turnOn(o)}>
                    Turn back on
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <nav className="links" aria-label="Tone Coach pages">
        <button data-tc-popup="open-manager" onClick={() => void browser.runtime.openOptionsPage()}>
          Manage rule sets
        </button>
        <button
          data-tc-popup="open-trainer"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/trainer.html') })}
        >
          Open the trainer
        </button>
        <button
          data-tc-popup="open-welcome"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') })}
        >
          How Tone Coach works
        </button>
      </nav>
    </>
  );
}
