import{createRequire as e}from"module"
var t,r,o,p,i={2613:t=>{t.exports=e(import.meta.url)("assert")},181:t=>{t.exports=e(import.meta.url)("buffer")},5317:t=>{t.exports=e(import.meta.url)("child_process")},6982:t=>{t.exports=e(import.meta.url)("crypto")},4434:t=>{t.exports=e(import.meta.url)("events")},9896:t=>{t.exports=e(import.meta.url)("fs")},8611:t=>{t.exports=e(import.meta.url)("http")},5692:t=>{t.exports=e(import.meta.url)("https")},9278:t=>{t.exports=e(import.meta.url)("net")},6698:t=>{t.exports=e(import.meta.url)("node:async_hooks")},1421:t=>{t.exports=e(import.meta.url)("node:child_process")},7598:t=>{t.exports=e(import.meta.url)("node:crypto")},3024:t=>{t.exports=e(import.meta.url)("node:fs")},1455:t=>{t.exports=e(import.meta.url)("node:fs/promises")},7067:t=>{t.exports=e(import.meta.url)("node:http")},2467:t=>{t.exports=e(import.meta.url)("node:http2")},4708:t=>{t.exports=e(import.meta.url)("node:https")},7030:t=>{t.exports=e(import.meta.url)("node:net")},8161:t=>{t.exports=e(import.meta.url)("node:os")},6760:t=>{t.exports=e(import.meta.url)("node:path")},1708:t=>{t.exports=e(import.meta.url)("node:process")},7075:t=>{t.exports=e(import.meta.url)("node:stream")},8500:t=>{t.exports=e(import.meta.url)("node:timers/promises")},7975:t=>{t.exports=e(import.meta.url)("node:util")},8522:t=>{t.exports=e(import.meta.url)("node:zlib")},857:t=>{t.exports=e(import.meta.url)("os")},6928:t=>{t.exports=e(import.meta.url)("path")},932:t=>{t.exports=e(import.meta.url)("process")},3193:t=>{t.exports=e(import.meta.url)("string_decoder")},3557:t=>{t.exports=e(import.meta.url)("timers")},4756:t=>{t.exports=e(import.meta.url)("tls")},2018:t=>{t.exports=e(import.meta.url)("tty")},7016:t=>{t.exports=e(import.meta.url)("url")},9023:t=>{t.exports=e(import.meta.url)("util")}},m={}
function s(e){var t=m[e]
if(void 0!==t)return t.exports
var r=m[e]={exports:{}},o=!0
try{i[e].call(r.exports,r,r.exports,s),o=!1}finally{o&&delete m[e]}return r.exports}s.m=i,void 0!==s&&(s.ab=decodeURIComponent(new URL(".",import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/)?1:0,-1)+"/"),s.n=e=>{var t=e&&e.__esModule?()=>e.default:()=>e
return s.d(t,{a:t}),t},r=Object.getPrototypeOf?e=>Object.getPrototypeOf(e):e=>e.__proto__,s.t=function(e,o){if(1&o&&(e=this(e)),8&o)return e
if("object"==typeof e&&e){if(4&o&&e.__esModule)return e
if(16&o&&"function"==typeof e.then)return e}var p=Object.create(null)
s.r(p)
var i={}
t=t||[null,r({}),r([]),r(r)]
for(var m=2&o&&e;"object"==typeof m&&!~t.indexOf(m);m=r(m))Object.getOwnPropertyNames(m).forEach(t=>i[t]=()=>e[t])
return i.default=()=>e,s.d(p,i),p},s.d=(e,t)=>{for(var r in t)s.o(t,r)&&!s.o(e,r)&&Object.defineProperty(e,r,{enumerable:!0,get:t[r]})},s.f={},s.e=e=>Promise.all(Object.keys(s.f).reduce((t,r)=>(s.f[r](e,t),t),[])),s.u=e=>e+".index.js",s.o=(e,t)=>Object.prototype.hasOwnProperty.call(e,t),s.r=e=>{"undefined"!=typeof Symbol&&Symbol.toStringTag&&Object.defineProperty(e,Symbol.toStringTag,{value:"Module"}),Object.defineProperty(e,"__esModule",{value:!0})},o={792:0},p=e=>{var t,r,{ids:p,modules:i,runtime:m}=e,a=0
for(t in i)s.o(i,t)&&(s.m[t]=i[t])
for(m&&m(s);a<p.length;a++)r=p[a],s.o(o,r)&&o[r]&&o[r][0](),o[p[a]]=0},s.f.j=(e,t)=>{var r=s.o(o,e)?o[e]:void 0
if(0!==r)if(r)t.push(r[1])
else{var i=import("./"+s.u(e)).then(p,t=>{throw 0!==o[e]&&(o[e]=void 0),t})
i=Promise.race([i,new Promise(t=>r=o[e]=[t])]),t.push(r[1]=i)}}
var a={}
s.d(a,{n:()=>n})
const l={"ecr-public-login":()=>Promise.all([s.e(58),s.e(255),s.e(43),s.e(777)]).then(s.bind(s,5777)),"build-push":()=>Promise.all([s.e(58),s.e(255),s.e(60),s.e(225)]).then(s.bind(s,1060)),"render-task-def":()=>Promise.all([s.e(58),s.e(255),s.e(43),s.e(77),s.e(137),s.e(152)]).then(s.bind(s,152)),"ecs-deploy":()=>Promise.all([s.e(58),s.e(255),s.e(43),s.e(77),s.e(137),s.e(313)]).then(s.bind(s,2313)),"wait-healthy":()=>Promise.all([s.e(58),s.e(255),s.e(43),s.e(486),s.e(388)]).then(s.bind(s,2486)),pipeline:()=>Promise.all([s.e(58),s.e(255),s.e(43),s.e(77),s.e(137),s.e(313),s.e(60),s.e(486),s.e(152),s.e(39)]).then(s.bind(s,39))}
async function n(e){const{run:t}=await l[e]()
await t()}var u=a.n
export{u as start}

