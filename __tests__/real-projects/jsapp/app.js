/* eslint-disable -- the findings are the point: make-real-reports.sh runs ESLint with --no-inline-config */
// A small script ESLint finds fault with, on purpose.
const unused = 1;

function greet(name) {
  console.log('hello ' + name);
  if (name == undefined) {
    return debuggerFree;
  }
  return name;
}

greet('world');
