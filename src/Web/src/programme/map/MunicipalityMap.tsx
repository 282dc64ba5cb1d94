import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { programmeText } from '../../text/programme';
import { draw, type NorwayShapes } from './geometry';
import { matchTyped, nextInDirection, type Direction } from './mapKeys';
import { partColours, type Part } from './mapColours';

/** What the map shows of one municipality: how it is coloured and the lines of its box. */
export interface MapMunicipality {
  number: string;
  name: string;
  part: Part;
  smallDistrict: boolean;
  /** The box's lines: name first, then the numbers. */
  lines: string[];
}

const WIDTH = 600;
const MAX_HEIGHT = 760;
const arrows = new Set<string>(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/**
 * The municipalities as an SVG map, fitted to the chosen ones (a county, or all). One municipality at a time is in
 * the tab order; arrow keys move to the neighbour in that direction and typing jumps to a name, as in a list box.
 * Hover and focus show the municipality's box; its accessible name holds the same lines. Municipalities outside
 * the chosen county are drawn, muted, for orientation only.
 */
export function MunicipalityMap({ shapes, municipalities, chosen, label }: {
  shapes: NorwayShapes;
  municipalities: ReadonlyMap<string, MapMunicipality>;
  /** The municipalities to fit, colour and reach by keyboard, in name order. */
  chosen: readonly MapMunicipality[];
  label: string;
}) {
  // Keyed by the numbers, not the objects: fresh figures from the live topic recolour the map without projecting it again.
  const chosenKey = chosen.map((m) => m.number).join(',');
  const chosenNumbers = useMemo(() => new Set(chosenKey.split(',')), [chosenKey]);
  const drawing = useMemo(() => draw(shapes, WIDTH, MAX_HEIGHT, (n) => chosenNumbers.has(n)), [shapes, chosenNumbers]);
  const places = useMemo(() => drawing.municipalities.filter((m) => chosenNumbers.has(m.number)), [drawing, chosenNumbers]);
  const paths = useRef(new Map<string, SVGPathElement>());
  const typed = useRef({ text: '', at: 0 });
  const [active, setActive] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState(false);

  const tabStop = active && chosenNumbers.has(active) ? active : chosen[0]?.number ?? null;
  const shown = dismissed ? null : hovered ?? focused;
  const shownPlace = shown ? drawing.municipalities.find((m) => m.number === shown) : undefined;
  const shownMunicipality = shown ? municipalities.get(shown) : undefined;

  function moveTo(number: string | null) {
    if (!number) return;
    setActive(number);
    setDismissed(false);
    paths.current.get(number)?.focus();
  }

  function onKeyDown(e: KeyboardEvent<SVGSVGElement>) {
    const from = places.find((p) => p.number === focused);
    if (!from) return;
    if (arrows.has(e.key)) {
      e.preventDefault();
      moveTo(nextInDirection(from, places, e.key as Direction));
    } else if (e.key === 'Escape') {
      setDismissed(true);
    } else if (e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      const now = Date.now();
      typed.current = { text: (now - typed.current.at < 800 ? typed.current.text : '') + e.key, at: now };
      moveTo(matchTyped(typed.current.text, chosen, focused));
    }
  }

  return (
    <div className="norway-map">
      <svg
        viewBox={`0 0 ${drawing.width} ${drawing.height}`}
        role="group"
        aria-label={label}
        aria-describedby="kart-hjelp"
        onKeyDown={onKeyDown}
        onMouseLeave={() => setHovered(null)}
      >
        <defs>
          {(Object.keys(partColours) as Part[]).map((part) => (
            <pattern key={part} id={`kart-skravur-${part}`} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
              <rect width="6" height="6" fill={partColours[part].fill} />
              <line x1="1.5" y1="0" x2="1.5" y2="6" stroke={partColours[part].stripe} strokeWidth="1.5" />
            </pattern>
          ))}
        </defs>
        <g aria-hidden="true" className="norway-map__context">
          {drawing.municipalities.filter((m) => !chosenNumbers.has(m.number)).map((m) => <path key={m.number} d={m.d} />)}
        </g>
        <g>
          {places.map((p) => {
            const m = municipalities.get(p.number);
            const part: Part = m?.part ?? 'NONE';
            return (
              <path
                key={p.number}
                ref={(el) => {
                  if (el) paths.current.set(p.number, el);
                  else paths.current.delete(p.number);
                }}
                d={p.d}
                className="norway-map__municipality"
                fill={m?.smallDistrict ? `url(#kart-skravur-${part})` : partColours[part].fill}
                data-kommune={p.number}
                data-deltakelse={part}
                role="img"
                aria-label={m ? m.lines.join('. ') : p.number}
                tabIndex={p.number === tabStop ? 0 : -1}
                onFocus={() => {
                  setFocused(p.number);
                  setActive(p.number);
                  setDismissed(false);
                }}
                onBlur={() => setFocused((f) => (f === p.number ? null : f))}
                onMouseEnter={() => {
                  setHovered(p.number);
                  setDismissed(false);
                }}
              />
            );
          })}
        </g>
        <path d={drawing.countyBorders} className="norway-map__counties" aria-hidden="true" />
        {shownPlace && <path d={shownPlace.d} className="norway-map__highlight" aria-hidden="true" />}
      </svg>
      {shownPlace && shownMunicipality && (
        <div className="norway-map__tip" aria-hidden="true" data-testid="kart-boks" style={tipPosition(shownPlace.centre, drawing.width, drawing.height)}>
          <strong>{shownMunicipality.lines[0]}</strong>
          {shownMunicipality.lines.slice(1).map((l, i) => <span key={i}>{l}</span>)}
        </div>
      )}
      <p id="kart-hjelp" className="norway-map__help">{programmeText.map.keyboardHelp}</p>
    </div>
  );
}

// Above the municipality, or below it near the top edge; pulled inwards near the sides so it stays on the map.
function tipPosition([x, y]: [number, number], width: number, height: number) {
  const left = (x / width) * 100;
  const top = (y / height) * 100;
  const tx = left < 25 ? '-15%' : left > 75 ? '-85%' : '-50%';
  const ty = y < 150 ? '0.75rem' : 'calc(-100% - 0.75rem)';
  return { left: `${left}%`, top: `${top}%`, transform: `translate(${tx}, ${ty})` };
}
