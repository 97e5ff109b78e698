export const id=777
export const ids=[777]
export const modules={812:(e,t,r)=>{r.d(t,{Xy:()=>d,be:()=>g,fy:()=>n,m9:()=>p,oC:()=>u,rV:()=>s,sF:()=>f,zL:()=>h})
var i=r(7268),o=r(4538)
const s=["docker","podman","buildah"],n=["auto",...s],a="AWS"
async function u(e,t,r="builder"){if("auto"!==e){if(!await t.installed(e))throw new i.dz(r,`${e} is not installed (not found on PATH)`,l(e))
if("docker"===e&&!await c(t))throw new i.dz(r,"docker is installed but its daemon does not answer (`docker info` failed)","Start the Docker daemon, or use builder podman or buildah, which need no daemon")
return e}const o=await t.installed("docker")
if(o&&await c(t))return"docker"
if(await t.installed("podman"))return"podman"
if(await t.installed("buildah"))return"buildah"
throw new i.lZ(`No container builder found: ${o?"docker is installed but its daemon does not answer, and ":""}neither podman nor buildah is on PATH. ${l("buildah")}, or start a Docker daemon`,{input:r})}async function c(e){return 0===(await e.run("docker",["info","--format","{{.ServerVersion}}"],{silent:!0})).exitCode}function l(e){return"docker"===e?"Install Docker (GitHub-hosted Ubuntu runners have it), or use builder podman or buildah":`Install it first, e.g. \`sudo apt-get install -y ${e}\``}function d(e,t){return"docker"!==e&&function(e){const t=(0,o.Jv)(e)
return"localhost"===t||"[::1]"===t||/^127(\.\d{1,3}){3}$/.test(t)}(t)?["--tls-verify=false"]:[]}function g(e,t,r=a){return["login",...d(e,t),"--username",r,"--password-stdin",t]}function p(e,t){return["logout",t]}function f(e){return{global:!e.isRoot||e.env.STORAGE_DRIVER||e.env.CONTAINERS_STORAGE_CONF?[]:["--storage-driver","vfs"],build:e.isRoot&&!e.env.BUILDAH_ISOLATION?["--isolation","chroot"]:[]}}function h(){return{env:process.env,isRoot:"function"==typeof process.getuid&&0===process.getuid()}}},8401:(e,t,r)=>{r.d(t,{S:()=>s,w:()=>n})
const i=()=>r.e(955).then(r.bind(r,1955))
var o=r(8795)
function s(){return{async run(e,t,r={}){let s="",n="",a=""
const u={...process.env,...r.env},c=(0,o.CK)(process.stdout),l=(0,o.CK)(process.stderr),d=await async function(...e){return(await i()).exec(...e)}(e,t,{ignoreReturnCode:!0,silent:r.silent,input:void 0===r.input?void 0:Buffer.from(r.input),env:u,cwd:r.cwd,outStream:c,errStream:l,listeners:{stdout:e=>{s+=e.toString(),a+=e.toString()},stderr:e=>{n+=e.toString(),a+=e.toString()}}})
return c.flush(),l.flush(),{exitCode:d,stdout:s,stderr:n,output:a}},async installed(e){const{which:t}=await r.e(701).then(r.bind(r,8701))
return""!==await t(e)}}}function n(e,t=15){return e.split(/\r?\n/).map(e=>e.trimEnd()).filter(e=>""!==e).slice(-t).join("\n")}},4538:(e,t,r)=>{r.d(t,{EV:()=>w,Fv:()=>b,Jv:()=>m,WQ:()=>p,_l:()=>y,i$:()=>h,iY:()=>f,o_:()=>g})
const i="(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])",o=`${i}(?:\\.${i})*`,s=new RegExp(`^(?:${o}|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`),n=new RegExp(`^(?:${o}|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?$`),a=/^[a-z0-9]+(?:(?:[_.]|__|-+)[a-z0-9]+)*$/,u=/^\w[\w.-]{0,127}$/,c={sha256:/^[a-f0-9]{64}$/,sha512:/^[a-f0-9]{128}$/},l=255,d=/[\s\p{C}]/u
function g(e){if("string"!=typeof e||""===e.trim())return{problem:"is empty"}
if(d.test(e))return{problem:"contains whitespace or control characters"}
const t=e.indexOf("@"),r=t>=0?e.slice(0,t):e,i=t>=0?e.slice(t+1):void 0,o=r.indexOf("/"),n=o>=0?r.slice(0,o):"",c=o>=0&&(/[.:]/.test(n)||"localhost"===n||n!==n.toLowerCase()),g=c?n:void 0
if(void 0!==g&&!s.test(g))return{problem:`has an invalid registry host '${g}'`}
const f=c?r.slice(o+1):r,h=f.lastIndexOf("/"),y=f.indexOf(":",h+1),w=y>=0?f.slice(0,y):f,m=y>=0?f.slice(y+1):void 0
if(""===w||!w.split("/").every(e=>a.test(e))){const e=w!==w.toLowerCase()?"; repositories are lower-case":""
return{problem:`has an invalid repository name '${w}' (lowercase letters, digits and . _ - / only${e})`}}return(g?g.length+1:0)+w.length>l?{problem:`has a name longer than ${l} characters`}:void 0===m||u.test(m)?void 0!==i&&p(i)?{problem:`has an invalid digest '${i}' (${p(i)})`}:{reference:{registry:g,repository:w,tag:m,digest:i}}:{problem:`has an invalid tag '${m}'`}}function p(e){const t=e.indexOf(":"),r=t>=0?e.slice(0,t):"",i=e.slice(t+1),o=c[r]
if(!o)return"use sha256: and 64 lower-case hex digits"
if(!o.test(i)){return`${r} takes exactly ${"sha256"===r?64:128} lower-case hex digits`}}function f(e){const t=g(e)
return"problem"in t?t.problem:void 0}function h(e){const t=g(e)
if("problem"in t)return"string"!=typeof e||""===e.trim()?"has no image":`'${e}' ${t.problem}`
const{registry:r,tag:i,digest:o}=t.reference
return r?void 0===i&&void 0===o?`'${e}' has no tag or digest; pin it (e.g. the image output of build-push, <repository>@sha256:\u2026)`:void 0:`'${e}' does not name a registry; write it in full, e.g. public.ecr.aws/<alias>/<repository>:<tag> or docker.io/library/nginx:1.27`}function y(e){return u.test(e)}function w(e){return n.test(e)}function m(e){return e.startsWith("[")?e.slice(0,e.indexOf("]")+1):e.split(":")[0]}function b(e){const t=g(e)
return"reference"in t&&t.reference.registry||"docker.io"}},5777:(e,t,r)=>{r.r(t),r.d(t,{run:()=>w,runEcrPublicLogin:()=>h})
var i=r(6058),o=r(8795),s=r(8293),n=r(7268),a=r(1662),u=r(4114),c=r(1119),l=r(812),d=r(8401),g=r(1270),p=r(5456),f=r(1815)
async function h(e,t={}){const r=!1!==t.setOutputs
r&&i.LZ(f.mI.isPost,"true")
const n=(0,g._)(e),a=await(0,s.Jz)({proxy:n.httpProxy}),u=await(0,p.a)(n,{client:a,runner:(0,d.S)(),setSecret:e=>i.Pq(e),log:e=>o.Rm.info(e),beforeLogin:e=>{r&&(i.LZ(f.mI.registry,e.registry),i.LZ(f.mI.builder,e.builder),i.LZ(f.mI.skipLogout,String(n.skipLogout))),t.beforeLogin?.(e)}})
return r?(i.uH(f.X4.registry,u.registry),i.uH(f.X4.registryAlias,u.alias),i.uH(f.X4.registryUri,u.registryUri),i.uH(f.X4.repositoryUris,u.repositoryUris.join("\n")),i.uH(f.X4.username,u.username),i.uH(f.X4.password,u.password),n.maskPassword||o.Rm.warning(`mask-password is false: the ${f.X4.password} output is not masked, so it can pass to another job; never print it`),await y(u,n.skipLogout),u):(await y(u,n.skipLogout),u)}async function y(e,t){await(0,c.Sy)({title:"ECR Public login",facts:[["Registry",e.registry],["Alias",e.alias||"unknown (ecr-public:DescribeRegistries is not allowed: see the warning)"],["Registry URI",e.registryUri||"unknown"],["Builder",e.builder],["Repositories created",e.repositoriesCreated.join(", ")||"none"],["Logout after the job",t?"no (skip-logout)":"yes"]],details:[{heading:"Repositories",lines:e.repositoryUris.map(e=>`- \`${e}\``)}]})}function w(){return(0,u.C)(async()=>{"true"===i.Gu(f.mI.isPost)?await async function(){const e=i.Gu(f.mI.registry),t=i.Gu(f.mI.builder)
if(e&&l.rV.includes(t))if("true"!==i.Gu(f.mI.skipLogout))try{await(0,p.r)({registry:e,builder:t},(0,d.S)())?o.Rm.info(`Logged out of ${e} (${t})`):o.Rm.info(`Not logged in to ${e} (${t}): nothing to log out of`)}catch(t){o.Rm.warning(t instanceof n.lZ?t.message:`Logout from ${e} failed: ${(0,n.gJ)(t)}`)}else o.Rm.info(`skip-logout is true: staying logged in to ${e}`)
else o.Rm.info("Not logged in by the main step: nothing to log out of")}():await h(a.G0.forAction(f.cc))})}},1270:(e,t,r)=>{r.d(t,{_:()=>d,u:()=>l})
var i=r(8293),o=r(7268),s=r(7447),n=r(4538),a=r(7087),u=r(812),c=r(1815)
const l="public.ecr.aws"
function d(e){const t=e.string(c.E8.awsRegion,{default:i.ug})
if(t!==i.ug)throw new o.dz(e.nameOf(c.E8.awsRegion),`'${t}' is not possible: the ECR Public API exists only in ${i.ug}, whatever region the rest of the job uses`,`Remove the input or set it to ${i.ug}; the job's AWS_REGION is ignored by this action`)
const r=e.string(c.E8.registry,{default:l})
if(!(0,n.EV)(r))throw new o.dz(e.nameOf(c.E8.registry),`'${r}' is not a registry host`,`Give a host name with an optional port and no scheme or path, e.g. ${l} or 127.0.0.1:5000`)
const a=e.list(c.E8.repositories,{valid:s._V,is:"a valid repository name",hint:"Use 2 to 205 lowercase letters, digits and . _ - separators, optionally with / namespaces (e.g. sites-management-api)"})
return{registry:r,httpProxy:g(e),builder:e.choice(c.E8.builder,u.fy,"auto"),repositories:[...new Set(a)],maskPassword:e.boolean(c.E8.maskPassword,!0),skipLogout:e.boolean(c.E8.skipLogout,!1)}}function g(e){const t=e.optional(c.E8.httpProxy)
if(void 0===t)return
const r=(0,a.Pr)(t,{requireScheme:!0})
if(r instanceof URL)return{url:r,source:`input ${e.nameOf(c.E8.httpProxy)}`}
throw new o.dz(e.nameOf(c.E8.httpProxy),`the value ${r.problem}`,a.t1)}},5456:(e,t,r)=>{r.d(t,{a:()=>d,r:()=>f})
var i=r(7268),o=r(8293),s=r(5745),n=r(812),a=r(8401),u=r(7087),c=r(1270)
const l=/^[A-Za-z0-9+/]+={0,2}$/
async function d(e,t){const d=t.log??(()=>{}),p=await(0,n.oC)(e.builder,t.runner)
d(`Builder: ${p}`)
const f=await Promise.all([r.e(279),r.e(861),r.e(821)]).then(r.t.bind(r,9821,19))
let h
try{const e=await t.client.send(new f.GetAuthorizationTokenCommand({}))
h=e.authorizationData?.authorizationToken}catch(e){throw(0,o.es)(e,"getting an ECR Public authorization token (GetAuthorizationToken in us-east-1)")}h&&t.setSecret(h)
const{username:y,password:w}=function(e){const t="Try again; if it persists, check the endpoint (AWS_ENDPOINT_URL) and the credentials this job uses"
if(!e||""===e.trim())throw new i.lZ(`ECR Public returned an empty authorization token. ${t}`)
const r=e.trim()
if(r.length%4!=0||!l.test(r))throw new i.lZ(`ECR Public returned a malformed authorization token (not base64). ${t}`)
const o=Buffer.from(r,"base64").toString("utf8"),s=o.indexOf(":")
if(s<=0)throw new i.lZ(`ECR Public returned a malformed authorization token (expected user:password). ${t}`)
const n=o.slice(0,s),a=o.slice(s+1)
if(""===a)throw new i.lZ(`ECR Public returned an authorization token with an empty password. ${t}`)
if(/[\r\n]/.test(o))throw new i.lZ(`ECR Public returned a malformed authorization token (contains a line break). ${t}`)
return{username:n,password:a}}(h)
e.maskPassword&&t.setSecret(w)
const m=[h??"",w],b=await async function(e,t,r,n){let a
try{a=(await e.send(new t.DescribeRegistriesCommand({}))).registries??[]}catch(e){const t=(0,s.WI)(e)
if(!t)throw(0,o.es)(e,"reading the ECR Public registry alias (DescribeRegistries in us-east-1)")
return void r((0,s.u5)(t,n?"The registry alias is taken from the repository URI instead of DescribeRegistries":"The registry alias is unknown, so the registry-alias, registry-uri and repository-uris outputs are empty (name the repositories to have it taken from their URI)"))}const u=a.flatMap(e=>e.aliases??[]),c=u.find(e=>e.defaultRegistryAlias)??u.find(e=>e.primaryRegistryAlias)??u[0]
if(!c?.name)throw new i.lZ("The account has no ECR Public registry alias (DescribeRegistries returned none). Create the public registry once in the ECR console (us-east-1), which assigns the default alias")
return c.name}(t.client,f,t.warn??s.mc,e.repositories.length>0)
t.beforeLogin?.({registry:e.registry,builder:p})
const $=await t.runner.run(p,(0,n.be)(p,e.registry,y),{input:w,env:e.httpProxy?(0,u.wP)(e.httpProxy.url):void 0})
if(0!==$.exitCode)throw new i.lZ(`${p} login to ${e.registry} failed (exit ${$.exitCode}):\n${function(e,t){let r=e
for(const e of t)e&&(r=r.split(e).join("***"))
return r}((0,a.w)($.output,10),m)}`)
d(`Logged in to ${e.registry} as ${y} with ${p}`)
const R=[],k=[]
for(const r of e.repositories){const e=await g(t.client,f,r)
k.push(e.uri),e.created&&(R.push(r),d(`Created repository ${r}`))}const v=b??function(e,t){for(const r of e){const[e,i,...o]=(r??"").split("/")
if((e===c.u||e===t)&&i&&o.length>0)return i}return}(k,e.registry)??"",C=v?`${e.registry}/${v}`:""
return{registry:e.registry,alias:v,registryUri:C,repositoryUris:C?e.repositories.map(e=>`${C}/${e}`):[],repositoriesCreated:R,username:y,password:w,builder:p}}async function g(e,t,r){try{const i=await e.send(new t.DescribeRepositoriesCommand({repositoryNames:[r]}))
return{created:!1,uri:i.repositories?.[0]?.repositoryUri}}catch(e){if("RepositoryNotFoundException"!==e.name)throw(0,o.es)(e,`looking up repository ${r} (DescribeRepositories)`)}try{const i=await e.send(new t.CreateRepositoryCommand({repositoryName:r}))
return{created:!0,uri:i.repository?.repositoryUri}}catch(e){if("RepositoryAlreadyExistsException"===e.name)return{created:!1}
throw(0,o.es)(e,`creating repository ${r} (CreateRepository)`)}}const p=/not logged in(to)?\b/i
async function f(e,t){const r=await t.run(e.builder,(0,n.m9)(e.builder,e.registry))
if(p.test(r.output))return!1
if(0!==r.exitCode)throw new i.lZ(`${e.builder} logout from ${e.registry} failed (exit ${r.exitCode}): ${(0,a.w)(r.output,5)}`)
return!0}},1815:(e,t,r)=>{r.d(t,{E8:()=>i,X4:()=>o,cc:()=>n,mI:()=>s})
const i={awsRegion:"aws-region",registry:"registry",builder:"builder",repositories:"repositories",maskPassword:"mask-password",skipLogout:"skip-logout",httpProxy:"http-proxy"},o={registry:"registry",registryAlias:"registry-alias",registryUri:"registry-uri",repositoryUris:"repository-uris",username:"docker_username_public_ecr_aws",password:"docker_password_public_ecr_aws"},s={isPost:"isPost",registry:"registry",builder:"builder",skipLogout:"skipLogout"},n={action:"ecr-public-login",known:Object.values(i),reference:{repository:"aws-actions/amazon-ecr-login",inputs:{registries:{kind:"refused",why:"it names ECR Private registries, and this action logs in to ECR Public only; use aws-actions/amazon-ecr-login for ECR Private"},"registry-type":{kind:"refused",why:"this action logs in to ECR Public only, so only 'public' is accepted; use aws-actions/amazon-ecr-login for ECR Private",accepts:["public"]}},outputs:{}}}}}

