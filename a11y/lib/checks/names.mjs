// Every control has an accessible name (4.1.2, 2.5.3), as Chromium's accessibility tree
// computes it for screen readers, not as a guess from the markup.

const CONTROLS = new Set(['link', 'button', 'textbox', 'searchbox', 'combobox', 'listbox', 'checkbox', 'radio', 'switch', 'spinbutton', 'slider', 'menuitem', 'tab']);

export async function accessibleNames(page, context) {
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const details = [];
  for (const node of nodes) {
    const role = node.role?.value;
    if (node.ignored || !CONTROLS.has(role)) continue;
    const name = (node.name?.value ?? '').trim();
    if (name) continue;
    let selector = role;
    if (node.backendDOMNodeId) {
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: 'function () { return window.__a11y.selector(this); }',
        returnByValue: true,
      });
      selector = result.value;
    }
    details.push({ selector, message: `a ${role} without an accessible name` });
  }
  await cdp.detach();
  return { id: 'accessible-name', passed: details.length === 0, details };
}
