export const id=225
export const ids=[225]
export const modules={1980:(e,t,r)=>{r.d(t,{M:()=>i,p:()=>a})
var n=r(3024),o=r(7268)
const s=/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i
function i(e,t){const r=e.optional(t)
if(void 0!==r){if(!s.test(r))throw new o.dz(e.nameOf(t),`'${r}' is not a full commit id (40 hexadecimal digits, or 64 in a SHA-256 repository)`,"Give the whole SHA of the commit to name, e.g. ${{ github.event.workflow_run.head_sha }}; branches, tags and short SHAs are not resolved")
return r.toLowerCase()}}async function a(e){const t=process.env,r=t.GITHUB_REPOSITORY||"",o=t.GITHUB_SERVER_URL??"https://github.com"
var s
const i=((s=t.GITHUB_EVENT_PATH)&&(0,n.existsSync)(s)?JSON.parse((0,n.readFileSync)(s,"utf8")):{}).repository,a=i?.default_branch||"main",c=t.GITHUB_REF||"",l=c.startsWith("refs/heads/")?c.slice(11):"",u=parseInt(t.GITHUB_RUN_ID??"",10)
return{sha:e??(t.GITHUB_SHA||""),ref:c,repository:r,serverUrl:o,runId:u,runUrl:r&&u?`${o}/${r}/actions/runs/${u}`:"",repositoryUrl:r?`${o}/${r}`:"",defaultBranch:a,onDefaultBranch:""!==l&&l===a}}},4538:(e,t,r)=>{r.d(t,{EV:()=>m,Fv:()=>y,Jv:()=>v,WQ:()=>h,_l:()=>$,i$:()=>g,iY:()=>p,o_:()=>f})
const n="(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])",o=`${n}(?:\\.${n})*`,s=new RegExp(`^(?:${o}|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`),i=new RegExp(`^(?:${o}|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?$`),a=/^[a-z0-9]+(?:(?:[_.]|__|-+)[a-z0-9]+)*$/,c=/^\w[\w.-]{0,127}$/,l={sha256:/^[a-f0-9]{64}$/,sha512:/^[a-f0-9]{128}$/},u=255,d=/[\s\p{C}]/u
function f(e){if("string"!=typeof e||""===e.trim())return{problem:"is empty"}
if(d.test(e))return{problem:"contains whitespace or control characters"}
const t=e.indexOf("@"),r=t>=0?e.slice(0,t):e,n=t>=0?e.slice(t+1):void 0,o=r.indexOf("/"),i=o>=0?r.slice(0,o):"",l=o>=0&&(/[.:]/.test(i)||"localhost"===i||i!==i.toLowerCase()),f=l?i:void 0
if(void 0!==f&&!s.test(f))return{problem:`has an invalid registry host '${f}'`}
const p=l?r.slice(o+1):r,g=p.lastIndexOf("/"),$=p.indexOf(":",g+1),m=$>=0?p.slice(0,$):p,v=$>=0?p.slice($+1):void 0
if(""===m||!m.split("/").every(e=>a.test(e))){const e=m!==m.toLowerCase()?"; repositories are lower-case":""
return{problem:`has an invalid repository name '${m}' (lowercase letters, digits and . _ - / only${e})`}}return(f?f.length+1:0)+m.length>u?{problem:`has a name longer than ${u} characters`}:void 0===v||c.test(v)?void 0!==n&&h(n)?{problem:`has an invalid digest '${n}' (${h(n)})`}:{reference:{registry:f,repository:m,tag:v,digest:n}}:{problem:`has an invalid tag '${v}'`}}function h(e){const t=e.indexOf(":"),r=t>=0?e.slice(0,t):"",n=e.slice(t+1),o=l[r]
if(!o)return"use sha256: and 64 lower-case hex digits"
if(!o.test(n)){return`${r} takes exactly ${"sha256"===r?64:128} lower-case hex digits`}}function p(e){const t=f(e)
return"problem"in t?t.problem:void 0}function g(e){const t=f(e)
if("problem"in t)return"string"!=typeof e||""===e.trim()?"has no image":`'${e}' ${t.problem}`
const{registry:r,tag:n,digest:o}=t.reference
return r?void 0===n&&void 0===o?`'${e}' has no tag or digest; pin it (e.g. the image output of build-push, <repository>@sha256:\u2026)`:void 0:`'${e}' does not name a registry; write it in full, e.g. public.ecr.aws/<alias>/<repository>:<tag> or docker.io/library/nginx:1.27`}function $(e){return c.test(e)}function m(e){return i.test(e)}function v(e){return e.startsWith("[")?e.slice(0,e.indexOf("]")+1):e.split(":")[0]}function y(e){const t=f(e)
return"reference"in t&&t.reference.registry||"docker.io"}},4827:(e,t,r)=>{r.d(t,{q:()=>a})
var n=r(3024),o=r(6760),s=r.n(o),i=r(7268)
function a(e,t){if(s().isAbsolute(t))return s().normalize(t)
const r=s().resolve(process.env.GITHUB_WORKSPACE||process.cwd()),o=s().resolve(r,t),a=()=>new i.dz(e,`'${t}' points outside the workspace (${r})`,"Use a path inside the repository checkout, or an absolute path")
if(!c(r,o))throw a()
let l
try{l=(0,n.realpathSync)(o)}catch{return o}if(!c(function(e){try{return(0,n.realpathSync)(e)}catch{return e}}(r),l))throw a()
return o}function c(e,t){return t===e||t.startsWith(e+s().sep)}}}

