import Foundation

/// The script `check --browser` runs in every judged page once it has loaded: for each element
/// marked with a required item, whether a reader can see it and its value, and what it shows.
///
/// A reader sees an element when `checkVisibility` (opacity, visibility, content-visibility) says
/// so, its box is not empty, it is not off-screen to the left, top or right of a 1280 px window,
/// no ancestor with `overflow: hidden|clip` (or a zero-sized scroller, or `clip: rect(…)`) cuts it
/// away, its font-size is at least 1 px and its text has a contrast of at least 4.5:1 (WCAG) on
/// the first opaque background behind it (white if none). Text that fails is left out of the
/// element's rendered copy, which Swift judges with the same rules as the markup. When a
/// stylesheet causes a failure, the rule and the file are named (CSSOM; a `file:` stylesheet is
/// closed to the page, so its text is passed in and parsed again).
enum BrowserPageScript {
    /// The expression to evaluate in a page: a promise of the JSON verdicts (`[RenderedItem]`).
    /// `stylesheets` maps a stylesheet's path under `siteRoot` to its text.
    static func expression(marks: [String], siteRoot: URL, stylesheets: [String: String]) -> String {
        let argument: [String: Any] = ["marks": marks, "siteRoot": siteRoot.absoluteString, "sheets": stylesheets]
        let json = (try? JSONSerialization.data(withJSONObject: argument)).map { String(decoding: $0, as: UTF8.self) }
        return "document.fonts.ready.then(() => (\(source))(\(json ?? "{}")))"
    }

    /// The page function: `({marks, siteRoot, sheets}) => JSON string of the verdicts`.
    static let source = #"""
        (({ marks, siteRoot, sheets }) => {
          const wanted = new Set(marks);
          const viewWidth = document.documentElement.clientWidth;
          const style = (element) => getComputedStyle(element);
          // A function that computes each key's answer once (layout does not change while the script runs).
          const memo = (compute) => {
            const answers = new Map();
            return (key) => {
              if (!answers.has(key)) answers.set(key, compute(key));
              return answers.get(key);
            };
          };
          const name = (element) => element.tagName.toLowerCase()
            + (element.classList.length ? '.' + [...element.classList].join('.') : '');
          const ancestry = (element) => {
            const chain = [];
            for (let node = element; node && node.nodeType === 1; node = node.parentElement) chain.push(node);
            return chain;
          };
          const path = (element) => {
            const steps = [];
            for (let node = element; node && node.parentElement; node = node.parentElement) {
              const same = [...node.parentElement.children].filter((child) => child.tagName === node.tagName);
              const tag = node.tagName.toLowerCase();
              steps.unshift(same.length > 1 ? `${tag}[${same.indexOf(node) + 1}]` : tag);
            }
            return steps.join(' > ');
          };

          // Style rules in cascade order, for naming the stylesheet and selector behind a verdict. A file:
          // stylesheet's rules are closed to the page, so its text (passed in) is parsed again.
          const rules = [];
          const collect = (list, source) => {
            for (const rule of list) {
              if (rule instanceof CSSStyleRule) rules.push({ rule, source });
              else if (rule instanceof CSSMediaRule) {
                if (matchMedia(rule.conditionText).matches) collect(rule.cssRules, source);
              } else if (rule.cssRules) collect(rule.cssRules, source);
            }
          };
          for (const sheet of document.styleSheets) {
            if (sheet.disabled || (sheet.media.length && !matchMedia(sheet.media.mediaText).matches)) continue;
            const href = sheet.href || '';
            const source = !href ? 'a <style> element' : href.startsWith(siteRoot) ? href.slice(siteRoot.length) : href;
            try { collect(sheet.cssRules, source); } catch (closed) {
              if (sheets[source] === undefined) continue;
              const copy = new CSSStyleSheet();
              copy.replaceSync(sheets[source]);
              collect(copy.cssRules, source);
            }
          }
          const declared = (declaration, properties) => properties.filter((p) => declaration.getPropertyValue(p) !== '')
            .map((p) => `${p}:${declaration.getPropertyValue(p)}`).join('; ');
          // The rule that sets any of `properties` on the element (the last that matches), or nil.
          const ruleSetting = (element, properties, accept = () => true) => {
            if (element.style && declared(element.style, properties) && accept(element.style)) {
              return `${declared(element.style, properties)} in its style attribute`;
            }
            let found = null;
            for (const { rule, source } of rules) {
              if (!declared(rule.style, properties) || !accept(rule.style)) continue;
              try { if (element.matches(rule.selectorText)) found = { rule, source }; } catch (unsupported) { }
            }
            if (!found) return null;
            return `${declared(found.rule.style, properties)} from ${found.source} (${found.rule.selectorText})`;
          };
          const blame = (element, properties) => ruleSetting(element, properties)
            || properties.map((p) => `${p}:${style(element).getPropertyValue(p)}`).join('; ');
          // The nearest element (itself or an ancestor) where a rule sets an inherited property.
          const blameInherited = (element, properties, accept) => {
            for (const node of ancestry(element)) {
              const rule = ruleSetting(node, properties, accept);
              if (rule) return `${rule} on ${name(node)}`;
            }
            return null;
          };

          const isShown = (element, visibility) => element.checkVisibility({
            opacityProperty: true, visibilityProperty: visibility, contentVisibilityAuto: true,
          });
          const hiddenBy = (element) => {
            const chain = ancestry(element);
            const none = chain.find((node) => style(node).display === 'none');
            if (none) return `is hidden by ${blame(none, ['display'])} on ${name(none)}`;
            if (element.closest('details:not([open])')) return 'is inside a closed <details>';
            for (const node of chain) {
              if (style(node).contentVisibility === 'hidden') {
                return `is hidden by ${blame(node, ['content-visibility'])} on ${name(node)}`;
              }
              if (parseFloat(style(node).opacity) === 0) {
                return `is hidden by ${blame(node, ['opacity'])} on ${name(node)}`;
              }
            }
            const origin = chain.find((node) => style(node).visibility !== 'visible'
              && (!node.parentElement || style(node.parentElement).visibility === 'visible')) || element;
            return `is hidden by ${blame(origin, ['visibility'])} on ${name(origin)}`;
          };

          // Where the node's text and children are drawn (an element's own box may be empty or larger).
          const box = (node) => {
            const range = document.createRange();
            range.selectNodeContents(node);
            return range.getBoundingClientRect();
          };
          const size = (rect) => `${Math.round(rect.width)}×${Math.round(rect.height)} px`;
          const offsets = ['position', 'left', 'right', 'top', 'transform', 'translate', 'text-indent', 'margin-left'];
          const offScreen = (rect, element) => {
            const left = rect.left + scrollX, top = rect.top + scrollY;
            if (left + rect.width > 0 && top + rect.height > 0 && left < viewWidth) return null;
            const far = (declaration) => offsets.some((p) => /-\d|\d{4}/.test(declaration.getPropertyValue(p)));
            const rule = blameInherited(element, offsets, far);
            return `is off-screen at x=${Math.round(left)}, y=${Math.round(top)}` + (rule ? `: ${rule}` : '');
          };
          // What the element and its ancestors (below body) clip: overflow per axis, the padding box, clip:rect.
          const clips = memo((node) => {
            if (!node || node === document.body || node === document.documentElement) return [];
            const computed = style(node);
            const outer = node.getBoundingClientRect();
            const left = outer.left + node.clientLeft, top = outer.top + node.clientTop;
            const own = {
              node, outer, clip: computed.clip, positioned: /absolute|fixed/.test(computed.position),
              inline: computed.display === 'inline' || computed.display === 'contents',
              axes: [[computed.overflowX, 'left', 'right'], [computed.overflowY, 'top', 'bottom']],
              inner: { left, top, right: left + node.clientWidth, bottom: top + node.clientHeight },
            };
            return [own, ...clips(node.parentElement)];
          });
          const clipped = (rect, element) => {
            const reach = { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
            const cause = (how, node, outer) => `is clipped by ${how} of ${name(node)} (${size(outer)}): `
              + blame(node, ['overflow', 'height', 'max-height', 'width', 'max-width', 'clip']);
            for (const { node, outer, clip, positioned, inline, axes, inner } of clips(element)) {
              if (clip !== 'auto' && positioned) {
                const [top, right, bottom, left] = clip.match(/-?[\d.]+/g)?.map(Number) ?? [];
                if (right - left < 1 || bottom - top < 1) return cause(`clip:${clip}`, node, outer);
              }
              if (inline) continue;
              for (const [overflow, low, high] of axes) {
                if (overflow === 'visible') continue;
                if (overflow === 'hidden' || overflow === 'clip') {
                  if (reach[low] < inner[low] - 1 || reach[high] > inner[high] + 1) {
                    return cause(`overflow:${overflow}`, node, outer);
                  }
                } else if (inner[high] - inner[low] < 1) {
                  return cause(`overflow:${overflow}`, node, outer);
                } else {
                  [reach[low], reach[high]] = [inner[low], inner[high]];  // scrolled into view
                }
              }
            }
            return null;
          };

          const canvas = new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true });
          const rgba = memo((color) => {
            canvas.clearRect(0, 0, 1, 1);
            canvas.fillStyle = '#000';
            canvas.fillStyle = color;
            canvas.fillRect(0, 0, 1, 1);
            const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
            return { r, g, b, a: a / 255 };
          });
          const white = { r: 255, g: 255, b: 255, a: 1 };
          const over = (top, below) => ({
            r: top.r * top.a + below.r * (1 - top.a), g: top.g * top.a + below.g * (1 - top.a),
            b: top.b * top.a + below.b * (1 - top.a), a: 1,
          });
          const luminance = ({ r, g, b }) => {
            const linear = (v) => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
            return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
          };
          const hex = ({ r, g, b }) => '#' + [r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
          // The colour behind an element (its own and its ancestors' backgrounds over white) and its opacity.
          const backdrop = memo((node) => {
            const below = node.parentElement ? backdrop(node.parentElement) : { colour: white, opacity: 1 };
            const layer = rgba(style(node).backgroundColor);
            const colour = layer.a > 0 ? over(layer, below.colour) : below.colour;
            return { colour, opacity: below.opacity * parseFloat(style(node).opacity) };
          });
          const lowContrast = (element) => {
            const { colour: background, opacity } = backdrop(element);
            const text = rgba(style(element).webkitTextFillColor || style(element).color);
            const seen = over({ ...text, a: text.a * opacity }, background);
            const [light, dark] = [luminance(seen), luminance(background)].sort((x, y) => y - x);
            const ratio = (light + 0.05) / (dark + 0.05);
            if (ratio >= 4.5) return null;
            const colours = ['color', '-webkit-text-fill-color', 'background-color', 'background'];
            const rule = (opacity < 0.99 && blameInherited(element, ['opacity'])) || blameInherited(element, colours);
            const pair = `${hex(seen)} on ${hex(background)}`;
            return `has contrast ${ratio.toFixed(1)}:1 (${pair})` + (rule ? `: ${rule}` : '');
          };

          const unreadable = (text) => {
            const element = text.parentElement;
            if (!isShown(element, true)) return hiddenBy(element);
            const rect = box(text);
            if (rect.width < 1 || rect.height < 1) return `has no size on the page (${size(rect)})`;
            return tiny(element) || offScreen(rect, element) || clipped(rect, element) || lowContrast(element);
          };
          const tiny = (element) => {
            const fontSize = parseFloat(style(element).fontSize);
            return fontSize < 1 ? `has font-size ${fontSize}px: ${blameInherited(element, ['font-size'])}` : null;
          };
          // The marked element must be rendered (its own visibility:hidden may be undone inside it); the
          // value element must be rendered, legible in size, and its content on the page, not cut away.
          const unseen = (element, isValue) => {
            if (!isShown(element, isValue)) return hiddenBy(element);
            if (!isValue) return null;
            if (tiny(element)) return tiny(element);
            const rect = box(element);
            if (rect.width < 1 || rect.height < 1) {
              const sizing = blame(element, ['display', 'width', 'height', 'transform']);
              return `has no size on the page (${size(rect)}): ${sizing}`;
            }
            return offScreen(rect, element) || clipped(rect, element);
          };

          const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
            .replace(/"/g, '&quot;');
          const transformed = (text, element) => {
            switch (style(element).textTransform) {
              case 'uppercase': return text.toUpperCase();
              case 'lowercase': return text.toLowerCase();
              case 'capitalize': return text.replace(/(^|\s)(\S)/g, (all, gap, letter) => gap + letter.toUpperCase());
              default: return text;
            }
          };
          const kept = ['data-item', 'data-value', 'href', 'open'];
          const voids = new Set(['br', 'hr', 'img', 'wbr', 'input']);
          // The element as a reader sees it: elements that are not rendered and text that cannot be read
          // are left out (and recorded in `drops`).
          const rendered = (node, drops) => {
            if (node.nodeType === 3) {
              if (!node.data.trim()) return escape(node.data);
              const problem = unreadable(node);
              if (!problem) return escape(transformed(node.data, node.parentElement));
              drops.push({ path: path(node.parentElement), problem, text: node.data.trim() });
              return '';
            }
            if (node.nodeType !== 1) return '';
            if (!isShown(node, false)) {
              const text = node.textContent.trim();
              if (text) drops.push({ path: path(node), problem: hiddenBy(node), text });
              return '';
            }
            const tag = node.tagName.toLowerCase();
            const attributes = kept.filter((key) => node.hasAttribute(key))
              .map((key) => ` ${key}="${escape(node.getAttribute(key))}"`).join('');
            if (voids.has(tag)) return `<${tag}${attributes}>`;
            const inside = [...node.childNodes].map((child) => rendered(child, drops)).join('');
            return `<${tag}${attributes}>${inside}</${tag}>`;
          };

          const verdicts = [];
          for (const element of document.querySelectorAll('[data-item]')) {
            const mark = element.getAttribute('data-item');
            if (!wanted.has(mark)) continue;
            const values = [...element.querySelectorAll('[data-value]')];
            if (element.matches('[data-value]') || !values.length) values.unshift(element);
            const problem = (values[0] === element ? null : unseen(element, false))
              || values.map((value) => unseen(value, true)).find(Boolean) || null;
            const drops = [];
            const html = problem ? '' : rendered(element, drops);
            verdicts.push({ mark, path: path(element), problem, html, drops });
          }
          return JSON.stringify(verdicts);
        })
        """#
}
