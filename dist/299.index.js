export const id=299
export const ids=[299]
export const modules={1980:(e,t,n)=>{n.d(t,{M:()=>s,p:()=>a})
var r=n(3024),i=n(7268)
const o=/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i
function s(e,t){const n=e.optional(t)
if(void 0!==n){if(!o.test(n))throw new i.dz(e.nameOf(t),`'${n}' is not a full commit id (40 hexadecimal digits, or 64 in a SHA-256 repository)`,"Give the whole SHA of the commit to name, e.g. ${{ github.event.workflow_run.head_sha }}; branches, tags and short SHAs are not resolved")
return n.toLowerCase()}}async function a(e){const t=process.env,n=t.GITHUB_REPOSITORY||"",i=t.GITHUB_SERVER_URL??"https://github.com"
var o
const s=((o=t.GITHUB_EVENT_PATH)&&(0,r.existsSync)(o)?JSON.parse((0,r.readFileSync)(o,"utf8")):{}).repository,a=s?.default_branch||"main",l=t.GITHUB_REF||"",c=l.startsWith("refs/heads/")?l.slice(11):"",f=parseInt(t.GITHUB_RUN_ID??"",10)
return{sha:e??(t.GITHUB_SHA||""),ref:l,repository:n,serverUrl:i,runId:f,runUrl:n&&f?`${i}/${n}/actions/runs/${f}`:"",repositoryUrl:n?`${i}/${n}`:"",defaultBranch:a,onDefaultBranch:""!==c&&c===a}}},8493:(e,t,n)=>{n.d(t,{aH:()=>p,qL:()=>f,u0:()=>d})
var r=n(3024),i=n(6760),o=n.n(i),s=n(8815),a=n(7268)
const l=1048576,c=100
function f(e,t){if(o().isAbsolute(t))return o().normalize(t)
const n=o().resolve(process.env.GITHUB_WORKSPACE||process.cwd()),i=o().resolve(n,t),s=()=>new a.dz(e,`'${t}' points outside the workspace (${n})`,"Use a path inside the repository checkout, or an absolute path")
if(!u(n,i))throw s()
let l
try{l=(0,r.realpathSync)(i)}catch{return i}if(!u(function(e){try{return(0,r.realpathSync)(e)}catch{return e}}(n),l))throw s()
return i}function u(e,t){return t===e||t.startsWith(e+o().sep)}function d(e,t){const n=f(e,t)
let i
try{const o=(0,r.statSync)(n)
if(!o.isFile())throw new a.dz(e,`'${t}' is not a file`,"Give the path of a JSON or YAML file")
i=o.size}catch(t){if(t instanceof a.dz)throw t
throw new a.dz(e,`file not found: ${n}`,"Check the path; relative paths are resolved under GITHUB_WORKSPACE")}if(i>l)throw new a.dz(e,`${n} is ${i} bytes, over the ${l}-byte limit`,"A task definition is a few kilobytes; check that the path names the right file")
const o=(0,r.readFileSync)(n)
let u
try{u=new TextDecoder("utf-8",{fatal:!0}).decode(o)}catch{throw new a.dz(e,`${n} is not valid UTF-8 text`,"Save the file as UTF-8",{file:n})}return function(e,t,n){const r=new s.HN;(/\.json$/i.test(t)||/^\s*[{[]/.test(n))&&function(e,t,n){const r=function(e){const t=e.length,n=[]
let r=0,i="value"
const o=(t,n)=>({...h(e,t),problem:n}),s=()=>{for(;r<t&&(" "===e[r]||"\t"===e[r]||"\n"===e[r]||"\r"===e[r]);)r++},a=()=>n.length?"next":"end"
for(;;){if(s(),r>=t){if("end"===i)return
return""===e.trim()?o(0,"the file is empty"):o(e.trimEnd().length,"the file ends before the JSON value is complete")}const f=e[r]
switch(i){case"end":return o(r,"more text after the JSON value")
case"next":{const e="{"===n[n.length-1]?"}":"]"
if(","===f)i="}"===e?"key":"value",r++
else{if(f!==e)return o(r,`expected ',' or '${e}'`)
n.pop(),i=a(),r++}break}case"first-key":case"key":if("}"===f){if("key"===i)return o(r,"a comma before '}' (JSON has no trailing commas)")
n.pop(),i=a(),r++
break}if('"'!==f)return o(r,"a key that is not in double quotes")
{const e=l()
if(e)return e}i="colon"
break
case"colon":if(":"!==f)return o(r,"expected ':' after the key")
r++,i="value"
break
case"first-value":case"value":if("]"===f&&"value"===i&&"["===n[n.length-1])return o(r,"a comma before ']' (JSON has no trailing commas)")
if("]"===f&&"first-value"===i){n.pop(),i=a(),r++
break}if("{"===f||"["===f){n.push(f),i="{"===f?"first-key":"first-value",r++
break}{const e='"'===f?l():c()
if(e)return e}i=a()}}function l(){const n=r
for(r++;;){if(r>=t||"\n"===e[r]||"\r"===e[r])return o(n,"a string that is not closed on its line")
const i=e.charCodeAt(r)
if('"'===e[r])return void r++
if(i<32)return o(r,"a control character inside a string (write it as an escape)")
if("\\"===e[r]){const t=e[r+1]
if("u"===t){if(!/^[0-9a-fA-F]{4}$/.test(e.slice(r+2,r+6)))return o(r,"an invalid \\u escape")
r+=6
continue}if(void 0===t||!'"\\/bfnrt'.includes(t))return o(r,"an invalid escape in a string")
r+=2
continue}r++}}function c(){for(const t of["true","false","null"])if(e.startsWith(t,r))return void(r+=t.length)
if("'"===e[r])return o(r,"a string in single quotes (JSON takes double quotes)")
if("-"!==e[r]&&!/[0-9]/.test(e[r]))return o(r,"a value that is not JSON")
const t=/-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y
t.lastIndex=r
const n=t.exec(e)
if(!n)return o("-"===e[r]?r+1:r,"a number without digits")
r+=n[0].length}}(n)
if(!r)return
throw new a.dz(e,`${t} is not valid JSON (line ${r.line}, column ${r.column}): ${r.problem}`,void 0,{file:t,line:r.line,column:r.column})}(e,t,n)
const i=(0,s.Tp)(n,{lineCounter:r,prettyErrors:!1,uniqueKeys:!0}),o=i.errors[0]
if(o){const n=r.linePos(o.pos[0]),i=/\.json$/i.test(t)?"JSON":"JSON or YAML",s=o.code.toLowerCase().replace(/_/g," ")
throw new a.dz(e,`${t} is not valid ${i} (line ${n.line}, column ${n.col}): ${s}`,void 0,{file:t,line:n.line,column:n.col})}let l
try{l=i.toJS({maxAliasCount:c})}catch(n){throw new a.dz(e,`${t} could not be read: ${n.message}`,"Remove the YAML aliases that expand it",{file:t})}return{data:l,file:t,lineOf(e){const t=i.getIn(e,!0)
let n=t?.range?.[0]
if(void 0===n&&e.length>0){const t=i.getIn(e.slice(0,-1),!0);(0,s.P3)(t)&&(n=t.range?.[0])}return void 0===n?void 0:r.linePos(n).line}}}(e,n,u)}function h(e,t){const n=e.slice(0,t),r=Math.max(n.lastIndexOf("\n"),n.lastIndexOf("\r"))+1
return{line:n.split(/\r\n|\r|\n/).length,column:t-r+1}}function p(e,t,n,r){const i=t.lineOf(n)
return new a.dz(e,`${o().basename(t.file)}${i?`:${i}`:""}: ${r}`,void 0,{file:t.file,line:i})}},4538:(e,t,n)=>{n.d(t,{EV:()=>$,Fv:()=>w,Jv:()=>g,WQ:()=>h,_l:()=>v,i$:()=>m,iY:()=>p,o_:()=>d})
const r="(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])",i=`${r}(?:\\.${r})*`,o=new RegExp(`^(?:${i}|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`),s=new RegExp(`^(?:${i}|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?$`),a=/^[a-z0-9]+(?:(?:[_.]|__|-+)[a-z0-9]+)*$/,l=/^\w[\w.-]{0,127}$/,c={sha256:/^[a-f0-9]{64}$/,sha512:/^[a-f0-9]{128}$/},f=255,u=/[\s\p{C}]/u
function d(e){if("string"!=typeof e||""===e.trim())return{problem:"is empty"}
if(u.test(e))return{problem:"contains whitespace or control characters"}
const t=e.indexOf("@"),n=t>=0?e.slice(0,t):e,r=t>=0?e.slice(t+1):void 0,i=n.indexOf("/"),s=i>=0?n.slice(0,i):"",c=i>=0&&(/[.:]/.test(s)||"localhost"===s||s!==s.toLowerCase()),d=c?s:void 0
if(void 0!==d&&!o.test(d))return{problem:`has an invalid registry host '${d}'`}
const p=c?n.slice(i+1):n,m=p.lastIndexOf("/"),v=p.indexOf(":",m+1),$=v>=0?p.slice(0,v):p,g=v>=0?p.slice(v+1):void 0
if(""===$||!$.split("/").every(e=>a.test(e))){const e=$!==$.toLowerCase()?"; repositories are lower-case":""
return{problem:`has an invalid repository name '${$}' (lowercase letters, digits and . _ - / only${e})`}}return(d?d.length+1:0)+$.length>f?{problem:`has a name longer than ${f} characters`}:void 0===g||l.test(g)?void 0!==r&&h(r)?{problem:`has an invalid digest '${r}' (${h(r)})`}:{reference:{registry:d,repository:$,tag:g,digest:r}}:{problem:`has an invalid tag '${g}'`}}function h(e){const t=e.indexOf(":"),n=t>=0?e.slice(0,t):"",r=e.slice(t+1),i=c[n]
if(!i)return"use sha256: and 64 lower-case hex digits"
if(!i.test(r)){return`${n} takes exactly ${"sha256"===n?64:128} lower-case hex digits`}}function p(e){const t=d(e)
return"problem"in t?t.problem:void 0}function m(e){const t=d(e)
if("problem"in t)return"string"!=typeof e||""===e.trim()?"has no image":`'${e}' ${t.problem}`
const{registry:n,tag:r,digest:i}=t.reference
return n?void 0===r&&void 0===i?`'${e}' has no tag or digest; pin it (e.g. the image output of build-push, <repository>@sha256:\u2026)`:void 0:`'${e}' does not name a registry; write it in full, e.g. public.ecr.aws/<alias>/<repository>:<tag> or docker.io/library/nginx:1.27`}function v(e){return l.test(e)}function $(e){return s.test(e)}function g(e){return e.startsWith("[")?e.slice(0,e.indexOf("]")+1):e.split(":")[0]}function w(e){const t=d(e)
return"reference"in t&&t.reference.registry||"docker.io"}}}

