// Workflow code is replayed for years; the holiday calendar is data a release or an administrator's
// publication changes. So nothing in a workflow may read it: no value whose type is calendar data
// (a type libs/domain marks with the JSDoc tag `@calendarData`), and no call that takes or returns
// one, even through a default parameter (`addWorkingDays(day, 3)` reads the built-in calendar, and
// so does `clock.dueDate()`). Keyed on the types, not on a list of names: a new calendar function
// is banned the day it takes the calendar it reads.
const ts = require('typescript');

const TAG = 'calendarData';
const MAX_DEPTH = 4;

function isCalendarData(checker, type, depth = 0) {
  if (type === undefined || depth > MAX_DEPTH) return false;
  if (type.isUnionOrIntersection())
    return type.types.some((member) => isCalendarData(checker, member, depth + 1));
  for (const symbol of [type.aliasSymbol, type.getSymbol()]) {
    if (symbol?.getJsDocTags(checker).some((tag) => tag.name === TAG)) return true;
  }
  const args = [
    ...(type.aliasTypeArguments ?? []),
    ...(type.flags & ts.TypeFlags.Object && type.objectFlags & ts.ObjectFlags.Reference
      ? checker.getTypeArguments(type)
      : []),
  ];
  if (args.some((arg) => isCalendarData(checker, arg, depth + 1))) return true;
  return checker
    .getIndexInfosOfType(type)
    .some((info) => isCalendarData(checker, info.type, depth + 1));
}

/** The first parameter (or the result) of a call's signature that is calendar data, by name. */
function calendarPartOf(checker, signature) {
  for (const parameter of signature.getParameters()) {
    const declaration = parameter.valueDeclaration;
    if (declaration === undefined) continue;
    if (isCalendarData(checker, checker.getTypeOfSymbolAtLocation(parameter, declaration)))
      return `its parameter "${parameter.getName()}"`;
  }
  return isCalendarData(checker, signature.getReturnType()) ? 'its result' : null;
}

const noCalendarDataInWorkflows = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Workflows must not read the holiday calendar (types tagged @calendarData).',
    },
    messages: {
      call: '{{callee}} reads the holiday calendar ({{part}} is calendar data), which a release or a publication may change: compute it in an activity (its result is recorded) or pin it in the input.',
      value:
        '{{name}} is holiday calendar data, which a release or a publication may change: read it in an activity.',
    },
    schema: [],
  },
  create(context) {
    const services = context.sourceCode.parserServices;
    if (!services?.program) throw new Error('no-calendar-data-in-workflows needs typed linting');
    const checker = services.program.getTypeChecker();
    const tsNodeOf = (node) => services.esTreeNodeToTSNodeMap.get(node);
    const checkCall = (node) => {
      const signature = checker.getResolvedSignature(tsNodeOf(node));
      if (signature === undefined) return;
      const part = calendarPartOf(checker, signature);
      if (part !== null)
        context.report({
          node,
          messageId: 'call',
          data: { callee: context.sourceCode.getText(node.callee), part },
        });
    };
    return {
      CallExpression: checkCall,
      NewExpression: checkCall,
      'MemberExpression, Identifier'(node) {
        // A callee is judged as a call; a declaration's own name or a type is no read.
        const parent = node.parent;
        if (
          (parent.type === 'CallExpression' || parent.type === 'NewExpression') &&
          parent.callee === node
        )
          return;
        if (parent.type === 'MemberExpression' && parent.object === node) return;
        if (node.type === 'Identifier' && !isValueReference(node)) return;
        const type = checker.getTypeAtLocation(tsNodeOf(node));
        if (isCalendarData(checker, type))
          context.report({
            node,
            messageId: 'value',
            data: { name: context.sourceCode.getText(node) },
          });
      },
    };
  },
};

function isValueReference(node) {
  const parent = node.parent;
  if (parent.type.startsWith('TS')) return false;
  if (parent.type === 'MemberExpression' && parent.property === node && !parent.computed)
    return false;
  if (
    [
      'ImportSpecifier',
      'ImportDefaultSpecifier',
      'ImportNamespaceSpecifier',
      'ExportSpecifier',
    ].includes(parent.type)
  )
    return false;
  if (parent.type === 'Property' && parent.key === node && !parent.computed) return false;
  if (
    [
      'FunctionDeclaration',
      'ClassDeclaration',
      'VariableDeclarator',
      'MethodDefinition',
      'PropertyDefinition',
    ].includes(parent.type) &&
    (parent.id === node || parent.key === node)
  )
    return false;
  return true;
}

module.exports = {
  noCalendarDataInWorkflows,
  tdktPlugin: { rules: { 'no-calendar-data-in-workflows': noCalendarDataInWorkflows } },
};
