export const id=595
export const ids=[595]
export const modules={812:(e,t,n)=>{n.d(t,{Xy:()=>c,be:()=>f,fy:()=>s,m9:()=>p,oC:()=>d,rV:()=>i,sF:()=>h,zL:()=>g})
var r=n(7268),o=n(4538)
const i=["docker","podman","buildah"],s=["auto",...i],a="AWS"
async function d(e,t,n="builder"){if("auto"!==e){if(!await t.installed(e))throw new r.dz(n,`${e} is not installed (not found on PATH)`,u(e))
if("docker"===e&&!await l(t))throw new r.dz(n,"docker is installed but its daemon does not answer (`docker info` failed)","Start the Docker daemon, or use builder podman or buildah, which need no daemon")
return e}const o=await t.installed("docker")
if(o&&await l(t))return"docker"
if(await t.installed("podman"))return"podman"
if(await t.installed("buildah"))return"buildah"
throw new r.lZ(`No container builder found: ${o?"docker is installed but its daemon does not answer, and ":""}neither podman nor buildah is on PATH. ${u("buildah")}, or start a Docker daemon`,{input:n})}async function l(e){return 0===(await e.run("docker",["info","--format","{{.ServerVersion}}"],{silent:!0})).exitCode}function u(e){return"docker"===e?"Install Docker (GitHub-hosted Ubuntu runners have it), or use builder podman or buildah":`Install it first, e.g. \`sudo apt-get install -y ${e}\``}function c(e,t){return"docker"!==e&&function(e){const t=(0,o.Jv)(e)
return"localhost"===t||"[::1]"===t||/^127(\.\d{1,3}){3}$/.test(t)}(t)?["--tls-verify=false"]:[]}function f(e,t,n=a){return["login",...c(e,t),"--username",n,"--password-stdin",t]}function p(e,t){return["logout",t]}function h(e){return{global:!e.isRoot||e.env.STORAGE_DRIVER||e.env.CONTAINERS_STORAGE_CONF?[]:["--storage-driver","vfs"],build:e.isRoot&&!e.env.BUILDAH_ISOLATION?["--isolation","chroot"]:[]}}function g(){return{env:process.env,isRoot:"function"==typeof process.getuid&&0===process.getuid()}}},2514:(e,t,n)=>{n.d(t,{S:()=>s,w:()=>a})
var r=n(1955),o=n(8701),i=n(8795)
function s(){return{async run(e,t,n={}){let o="",s="",a=""
const d={...process.env,...n.env},l=(0,i.CK)(process.stdout),u=(0,i.CK)(process.stderr),c=await r.m(e,t,{ignoreReturnCode:!0,silent:n.silent,input:void 0===n.input?void 0:Buffer.from(n.input),env:d,cwd:n.cwd,outStream:l,errStream:u,listeners:{stdout:e=>{o+=e.toString(),a+=e.toString()},stderr:e=>{s+=e.toString(),a+=e.toString()}}})
return l.flush(),u.flush(),{exitCode:c,stdout:o,stderr:s,output:a}},installed:async e=>""!==await(0,o.K7)(e)}}function a(e,t=15){return e.split(/\r?\n/).map(e=>e.trimEnd()).filter(e=>""!==e).slice(-t).join("\n")}},4538:(e,t,n)=>{n.d(t,{EV:()=>v,Fv:()=>b,Jv:()=>w,WQ:()=>p,_l:()=>m,i$:()=>g,iY:()=>h,o_:()=>f})
const r="(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])",o=`${r}(?:\\.${r})*`,i=new RegExp(`^(?:${o}|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`),s=new RegExp(`^(?:${o}|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?$`),a=/^[a-z0-9]+(?:(?:[_.]|__|-+)[a-z0-9]+)*$/,d=/^\w[\w.-]{0,127}$/,l={sha256:/^[a-f0-9]{64}$/,sha512:/^[a-f0-9]{128}$/},u=255,c=/[\s\p{C}]/u
function f(e){if("string"!=typeof e||""===e.trim())return{problem:"is empty"}
if(c.test(e))return{problem:"contains whitespace or control characters"}
const t=e.indexOf("@"),n=t>=0?e.slice(0,t):e,r=t>=0?e.slice(t+1):void 0,o=n.indexOf("/"),s=o>=0?n.slice(0,o):"",l=o>=0&&(/[.:]/.test(s)||"localhost"===s||s!==s.toLowerCase()),f=l?s:void 0
if(void 0!==f&&!i.test(f))return{problem:`has an invalid registry host '${f}'`}
const h=l?n.slice(o+1):n,g=h.lastIndexOf("/"),m=h.indexOf(":",g+1),v=m>=0?h.slice(0,m):h,w=m>=0?h.slice(m+1):void 0
if(""===v||!v.split("/").every(e=>a.test(e))){const e=v!==v.toLowerCase()?"; repositories are lower-case":""
return{problem:`has an invalid repository name '${v}' (lowercase letters, digits and . _ - / only${e})`}}return(f?f.length+1:0)+v.length>u?{problem:`has a name longer than ${u} characters`}:void 0===w||d.test(w)?void 0!==r&&p(r)?{problem:`has an invalid digest '${r}' (${p(r)})`}:{reference:{registry:f,repository:v,tag:w,digest:r}}:{problem:`has an invalid tag '${w}'`}}function p(e){const t=e.indexOf(":"),n=t>=0?e.slice(0,t):"",r=e.slice(t+1),o=l[n]
if(!o)return"use sha256: and 64 lower-case hex digits"
if(!o.test(r)){return`${n} takes exactly ${"sha256"===n?64:128} lower-case hex digits`}}function h(e){const t=f(e)
return"problem"in t?t.problem:void 0}function g(e){const t=f(e)
if("problem"in t)return"string"!=typeof e||""===e.trim()?"has no image":`'${e}' ${t.problem}`
const{registry:n,tag:r,digest:o}=t.reference
return n?void 0===r&&void 0===o?`'${e}' has no tag or digest; pin it (e.g. the image output of build-push, <repository>@sha256:\u2026)`:void 0:`'${e}' does not name a registry; write it in full, e.g. public.ecr.aws/<alias>/<repository>:<tag> or docker.io/library/nginx:1.27`}function m(e){return d.test(e)}function v(e){return s.test(e)}function w(e){return e.startsWith("[")?e.slice(0,e.indexOf("]")+1):e.split(":")[0]}function b(e){const t=f(e)
return"reference"in t&&t.reference.registry||"docker.io"}}}

