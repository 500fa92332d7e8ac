import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a as e,b as t}from"./chunk-U2ZSUMDP.js";var r,n=new Proxy({},{get:e((s,o)=>(r??=t("node:fs/promises"))[o],"get")});var p=t("node:util").promisify(t("node:fs").stat);var c=t("node:util").promisify(t("node:fs").writeFile);export{p as a,c as b};
