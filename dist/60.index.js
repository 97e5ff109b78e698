export const id=60
export const ids=[60]
export const modules={812:(e,t,i)=>{i.d(t,{Xy:()=>d,be:()=>f,fy:()=>s,m9:()=>h,oC:()=>u,rV:()=>r,sF:()=>m,zL:()=>p})
var n=i(7268),o=i(4538)
const r=["docker","podman","buildah"],s=["auto",...r],a="AWS"
async function u(e,t,i="builder"){if("auto"!==e){if(!await t.installed(e))throw new n.dz(i,`${e} is not installed (not found on PATH)`,l(e))
if("docker"===e&&!await c(t))throw new n.dz(i,"docker is installed but its daemon does not answer (`docker info` failed)","Start the Docker daemon, or use builder podman or buildah, which need no daemon")
return e}const o=await t.installed("docker")
if(o&&await c(t))return"docker"
if(await t.installed("podman"))return"podman"
if(await t.installed("buildah"))return"buildah"
throw new n.lZ(`No container builder found: ${o?"docker is installed but its daemon does not answer, and ":""}neither podman nor buildah is on PATH. ${l("buildah")}, or start a Docker daemon`,{input:i})}async function c(e){return 0===(await e.run("docker",["info","--format","{{.ServerVersion}}"],{silent:!0})).exitCode}function l(e){return"docker"===e?"Install Docker (GitHub-hosted Ubuntu runners have it), or use builder podman or buildah":`Install it first, e.g. \`sudo apt-get install -y ${e}\``}function d(e,t){return"docker"!==e&&function(e){const t=(0,o.Jv)(e)
return"localhost"===t||"[::1]"===t||/^127(\.\d{1,3}){3}$/.test(t)}(t)?["--tls-verify=false"]:[]}function f(e,t,i=a){return["login",...d(e,t),"--username",i,"--password-stdin",t]}function h(e,t){return["logout",t]}function m(e){return{global:!e.isRoot||e.env.STORAGE_DRIVER||e.env.CONTAINERS_STORAGE_CONF?[]:["--storage-driver","vfs"],build:e.isRoot&&!e.env.BUILDAH_ISOLATION?["--isolation","chroot"]:[]}}function p(){return{env:process.env,isRoot:"function"==typeof process.getuid&&0===process.getuid()}}},8401:(e,t,i)=>{i.d(t,{S:()=>r,w:()=>s})
const n=()=>i.e(955).then(i.bind(i,1955))
var o=i(8795)
function r(){return{async run(e,t,i={}){let r="",s="",a=""
const u={...process.env,...i.env},c=(0,o.CK)(process.stdout),l=(0,o.CK)(process.stderr),d=await async function(...e){return(await n()).exec(...e)}(e,t,{ignoreReturnCode:!0,silent:i.silent,input:void 0===i.input?void 0:Buffer.from(i.input),env:u,cwd:i.cwd,outStream:c,errStream:l,listeners:{stdout:e=>{r+=e.toString(),a+=e.toString()},stderr:e=>{s+=e.toString(),a+=e.toString()}}})
return c.flush(),l.flush(),{exitCode:d,stdout:r,stderr:s,output:a}},async installed(e){const{which:t}=await i.e(701).then(i.bind(i,8701))
return""!==await t(e)}}}function s(e,t=15){return e.split(/\r?\n/).map(e=>e.trimEnd()).filter(e=>""!==e).slice(-t).join("\n")}},1060:(e,t,i)=>{i.r(t),i.d(t,{buildRunFacts:()=>x,run:()=>D,runBuildPush:()=>k})
var n=i(6058),o=i(3024),r=i(8161),s=i.n(r),a=i(6760),u=i.n(a),c=i(8795),l=i(1980),d=i(1662),f=i(4114),h=i(1119),m=i(6447),p=i(2119),g=i(6645),w=i(812),$=i(8401),b=i(612),v=i(5449),y=i(7268)
function S(e){const t=e.SOURCE_DATE_EPOCH?.trim()
if(t){if(!/^\d+$/.test(t))throw new y.lZ(`SOURCE_DATE_EPOCH='${t}' is not a whole number of seconds since 1970. Set it to e.g. $(git log -1 --format=%ct), or unset it`)
return Number(t)}}async function x(e){const t=await(0,l.p)((0,l.M)(e,v.$9.revision))
return{sha:t.sha,onDefaultBranch:t.onDefaultBranch,repositoryUrl:t.repositoryUrl,sourceDateEpoch:S(process.env),now:new Date}}async function k(e){const t=await x(e),i=(0,$.S)()
let r=(0,b.p)(e,t);(0,g.YY)(r)
for(const[e,t]of r.buildArgs)t&&(0,m.n0)(e)&&n.Pq(t)
if(void 0===r.timestamp){const n=await async function(e,t){if(!await e.installed("git"))return
const i=await e.run("git",["-C",t,"log","-1","--format=%ct"],{silent:!0}),n=i.stdout.trim()
return 0===i.exitCode&&/^\d+$/.test(n)?Number(n):void 0}(i,r.context)
void 0!==n&&(r=(0,b.p)(e,{...t,sourceDateEpoch:n}))}const a=(0,o.mkdtempSync)(u().join(process.env.RUNNER_TEMP||s().tmpdir(),"build-push-"))
let l
try{l=await(0,p.sf)(r,{runner:i,tempDir:a,buildahHost:(0,w.zL)(),sleep:e=>new Promise(t=>setTimeout(t,e)),group:(e,t)=>c.Rm.group(e,t),log:e=>c.Rm.info(e),warn:e=>c.Rm.warning(e)})}finally{(0,o.rmSync)(a,{recursive:!0,force:!0})}n.uH(v.mD.image,l.image),n.uH(v.mD.digest,l.digest),n.uH(v.mD.tags,l.tags.join("\n")),n.uH(v.mD.imageid,l.imageid)
const d=[["Image",l.image||`${r.image} (not pushed)`],["Digest",l.digest||"-"],["Image ID",l.imageid||"-"],["Builder",l.builder],["Build time",`${l.buildSeconds.toFixed(1)} s`]]
return r.push&&d.push(["Push time",`${l.pushSeconds.toFixed(1)} s${l.pushRetries?` (${l.pushRetries} retried)`:""}`]),void 0!==r.timestamp&&d.push(["Timestamp",new Date(1e3*r.timestamp).toISOString()]),await(0,h.Sy)({title:"Build and push",facts:d,details:[{heading:"Tags",lines:l.tags.map(e=>`- \`${e}\``)}]}),l}function D(){return(0,f.C)(async()=>{await k(d.G0.forAction(v.nW))})}},6447:(e,t,i)=>{i.d(t,{DF:()=>l,Ft:()=>c,Oe:()=>h,Wf:()=>m,n0:()=>s})
var n=i(7268),o=i(812),r=i(5449)
function s(e){return/SECRET|TOKEN|PASSWORD|PASSWD|CREDENTIAL/i.test(e)||/(^|_)(KEY|PAT|PASS|PWD)(_|$)/i.test(e)}const a=/^(PATH|HOME|USER|SHELL|TMPDIR|TZ|LANG|LANGUAGE|LC_\w+|LD_\w+|XDG_\w+|DOCKER_\w+|BUILDKIT_\w+|BUILDX_\w+|BUILDAH_\w+|PODMAN_\w+|CONTAINERS_\w+|CONTAINER_\w+|STORAGE_\w+|REGISTRY_AUTH_FILE|SSL_CERT_\w+|(HTTPS?|FTP|NO|ALL)_PROXY)$/i
function u(e){const t=[]
let i
for(const[n,o]of e)a.test(n)?t.push("--build-arg",`${n}=${o}`):(t.push("--build-arg",n),i={...i,[n]:o})
return{args:t,env:i}}function c(e){return e.tags.map(t=>`${e.image}:${t}`)}function l(e,t){if("docker"!==t){for(const i of[r.$9.cacheFrom,r.$9.cacheTo]){if((i===r.$9.cacheFrom?e.cacheFrom:e.cacheTo).length>0)throw new n.dz(i,`only works with builder docker (buildx), and the builder is ${t}`,"Remove it, or use builder docker")}if(e.platforms.length>1)throw new n.dz(r.$9.platforms,`${t} builds one platform per run here, and ${e.platforms.length} were given`,"Give one platform, or use builder docker (buildx) for a multi-platform image")}}function d(e,t){const i=["--file",t.file]
for(const t of c(e))i.push("--tag",t)
for(const[t,n]of e.labels)i.push("--label",`${t}=${n}`)
return i.push(...u(e.buildArgs).args),e.target&&i.push("--target",e.target),e.platforms.length>0&&i.push("--platform",e.platforms.join(",")),i}function f(e,t){const{env:i}=u(t.buildArgs)
return i?{...e,env:i}:e}function h(e,t,i,n){return"docker"===e?function(e,t){const i=["buildx","build",...d(e,t)]
void 0===e.timestamp||e.buildArgs.some(([e])=>"SOURCE_DATE_EPOCH"===e)||i.push("--build-arg",`SOURCE_DATE_EPOCH=${e.timestamp}`)
for(const t of e.cacheFrom)i.push("--cache-from",t)
for(const t of e.cacheTo)i.push("--cache-to",t)
return e.push?i.push("--push"):e.platforms.length<=1&&i.push("--load"),i.push("--metadata-file",t.metadataFile,"--iidfile",t.iidFile,e.context),f({command:"docker",args:i},e)}(t,i):"podman"===e?function(e,t){const i=["build",...d(e,t)]
return void 0!==e.timestamp&&i.push("--timestamp",String(e.timestamp)),i.push("--iidfile",t.iidFile,e.context),f({command:"podman",args:i},e)}(t,i):function(e,t,i){const n=(0,o.sF)(i),r=[...n.global,"build",...n.build,...d(e,t)]
return void 0!==e.timestamp&&r.push("--timestamp",String(e.timestamp)),r.push("--iidfile",t.iidFile,e.context),f({command:"buildah",args:r},e)}(t,i,n)}function m(e,t,i,n,r){return{command:e,args:[..."buildah"===e?(0,o.sF)(r).global:[],"push",...(0,o.Xy)(e,n),"--digestfile",i,t]}}},2119:(e,t,i)=>{i.d(t,{sf:()=>b,kT:()=>x})
var n=i(3024),o=i(6760),r=i.n(o),s=i(7268),a=i(5745),u=i(6447),c=i(4538),l=i(812),d=i(8401),f=i(5449)
const h=2e3,m=3e4,p=[/unauthori[sz]ed/i,/authentication required/i,/no basic auth credentials/i,/invalid username\/password/i,/\bdenied\b/i,/\bforbidden\b/i,/name unknown|repository .* (?:does not exist|not found)/i,/checking authfile/i]
function g(e){return!p.some(t=>t.test(e))}function w(e,t,i=h){if(!(e>t))return Math.min(i*2**(e-1),m)}const $=e=>e.startsWith("sha256:")&&void 0===(0,c.WQ)(e)
async function b(e,t){const i=t.group??((e,t)=>t()),o=t.log??(()=>{}),a=x(e),d=await(0,l.oC)(e.builder,t.runner,f.$9.builder);(0,u.DF)(e,d)
const h={file:a,iidFile:r().join(t.tempDir,"iid"),metadataFile:r().join(t.tempDir,"metadata.json")},m=(0,u.Ft)(e),p=(0,u.Oe)(d,e,h,t.buildahHost)
let g=0
const w=Date.now()
await i(`Build ${m[0]} with ${d}`,async()=>{if("docker"!==d||!e.push){const e=await t.runner.run(p.command,p.args,T(p))
if(0!==e.exitCode)throw S(d,e)
return}g=(await v("push",e.pushRetries,t,p,e=>{return t=e.output,/failed to push|error pushing|pushing layers|pushing manifest|failed commit on ref "(?:manifest|index|layer)-/i.test(t)
var t},d)).retries})
const b=(Date.now()-w)/1e3,y=k(h.iidFile)
if(!e.push)return o(`Built ${m.join(", ")} (image ID ${y}); not pushed (push: false)`),{image:"",digest:"",tags:m,imageid:y,builder:d,buildSeconds:b,pushSeconds:0,pushRetries:0}
const C=Date.now()
let R
if("docker"===d)R=function(e){let t
try{t=JSON.parse((0,n.readFileSync)(e,"utf8"))}catch(t){throw new s.lZ(`docker buildx wrote no readable metadata file (${e}): ${t.message}`)}const i=String(t["containerimage.digest"]??"")
if(!$(i))throw new s.lZ(`docker buildx metadata has no containerimage.digest (got '${i.slice(0,80)}')`)
return i}(h.metadataFile)
else{const n=[]
await i(`Push ${m.join(", ")}`,async()=>{for(const[i,o]of m.entries()){const s=r().join(t.tempDir,`digest-${i}`),a=(0,u.Wf)(d,o,s,(0,c.Fv)(e.image),t.buildahHost)
g+=(await v(`push of ${o}`,e.pushRetries,t,a,()=>!0,d)).retries,n.push(D(s,d))}}),R=n[0],n.some(e=>e!==R)&&t.warn?.(`The tags were pushed with different manifest digests (${[...new Set(n)].join(", ")}); '${R}' of ${m[0]} is the output`)}const E=(Date.now()-C)/1e3
return o(`Pushed ${m.join(", ")}: ${R}`),{image:`${e.image}@${R}`,digest:R,tags:m,imageid:y,builder:d,buildSeconds:b,pushSeconds:E,pushRetries:g}}async function v(e,t,i,n,o,r){for(let u=1;;u++){const c=await i.runner.run(n.command,n.args,T(n))
if(0===c.exitCode)return{retries:u-1}
if(!o(c))throw S(r,c)
if(!g(c.output)){const t=(0,a.Yc)(c.output)
if(t)throw new s.lZ(`The ${e} was refused (${r} exit ${c.exitCode}): ${(0,a.jj)(t)}. Not retried:\n${(0,d.w)(c.output,10)}`)
const i=y(c.output,e.replace(/^push of /,""))
if(i)throw new s.lZ(`The ${e} was refused (${r} exit ${c.exitCode}): ${i}. Not retried:\n${(0,d.w)(c.output,10)}`)
throw new s.lZ(`The ${e} was refused (${r} exit ${c.exitCode}); not retried, the same credentials would fail again. Log in first (ecr-public-login with the same builder) and check the repository exists:\n${(0,d.w)(c.output,10)}`)}const l=w(u,t,i.retryBaseMs??h)
if(void 0===l)throw new s.lZ(`The ${e} failed ${u} time(s) (${r} exit ${c.exitCode}); push-retries is ${t}:\n${(0,d.w)(c.output,10)}`)
i.warn?.(`The ${e} failed (attempt ${u} of ${t+1}); retrying in ${l/1e3} s`),await i.sleep(l)}}function y(e,t){if(!/\b403\b.*forbidden|error parsing HTTP 403 response body/i.test(e))return
const i=(0,c.o_)(t),n="reference"in i?i.reference.repository:""
return`the registry answered HTTP 403 without a reason. On ECR Public that is a refused BatchCheckLayerAvailability (a push's first request, a HEAD whose answer has no body): add ecr-public:BatchCheckLayerAvailability, with the other push actions, on arn:aws:ecr-public::<account id>:repository/${n.includes("/")?n.slice(n.indexOf("/")+1):n||"<name>"} to the role's policy (see docs/iam.md)`}function S(e,t){return new s.lZ(`The build failed (${e} exit ${t.exitCode}); last lines:\n${(0,d.w)(t.output,15)}`)}function x(e){if(!function(e){try{return(0,n.statSync)(e).isDirectory()}catch{return!1}}(e.context))throw new s.dz(f.$9.context,`${e.context} is not a directory`,"Give the build context folder, relative to the workspace")
if(e.file){if(!(0,n.existsSync)(e.file))throw new s.dz(f.$9.file,`file not found: ${e.file}`,"Check the path; relative paths are resolved under GITHUB_WORKSPACE")
return e.file}for(const t of["Dockerfile","Containerfile"]){const i=r().join(e.context,t)
if((0,n.existsSync)(i))return i}throw new s.dz(f.$9.file,`no Dockerfile or Containerfile in ${e.context}`,"Add one, or give its path in `file`")}function k(e){try{return(0,n.readFileSync)(e,"utf8").trim()}catch{return""}}function D(e,t){const i=k(e)
if(!$(i))throw new s.lZ(`${t} push succeeded but wrote no manifest digest to ${e} (got '${i.slice(0,80)}')`)
return i}function T(e){return e.env?{env:e.env}:void 0}},6645:(e,t,i)=>{i.d(t,{YY:()=>m})
var n=i(3024),o=i(6760),r=i.n(o),s=i(7268),a=i(2119),u=i(5449)
function c(e){const t=[]
return e.split(/\r?\n/).forEach((e,i)=>{const n=e.trim()
if(n.startsWith("#")||n.startsWith(";"))return
if(/^extraheader\s*=\s*\S/i.test(n))return void t.push({line:i+1,what:"an http extraheader, a token actions/checkout persisted"})
const o=/\b([a-z][a-z0-9+.-]*):\/\/([^/\s"@]+)@/i.exec(n)
o&&(o[2].includes(":")||/^https?$/i.test(o[1]))&&t.push({line:i+1,what:"a remote URL with credentials"})}),t}function l(e){let t=""
for(let i=0;i<e.length;i++){const n=e[i]
if("*"===n&&"*"===e[i+1])i++,"/"===e[i+1]?(i++,t+="(?:.*/)?"):t+=".*"
else if("*"===n)t+="[^/]*"
else if("?"===n)t+="[^/]"
else if("\\"===n&&i+1<e.length)t+=d(e[++i])
else if("["===n){const n=e.indexOf("]",i+2)
if(n<0)t+="\\["
else{t+=`[${e.slice(i+1,n).replace(/^!/,"^").replace(/\\/g,"\\\\")}]`,i=n}}else t+=d(n)}return new RegExp(`^${t}$`)}const d=e=>e.replace(/[.*+?^${}()|[\]\\/]/g,"\\$&")
function f(e,t){const i=[...c(t.gitConfig??"").map(e=>({file:".git/config",...e})),...t.gitCredentials?[{file:".git-credentials",what:"stored git credentials"}]:[]].filter(e=>t.ignore.some(t=>!t.file||!function(e,t){let i=!1
for(const n of e.split(/\r?\n/)){if(n.startsWith("#"))continue
let e=n.trim()
if(!e)continue
const o=e.startsWith("!")
if(o&&(e=e.slice(1).trim()),e=r().posix.normalize(e).replace(/^\/+/,"").replace(/\/+$/,""),!e||"."===e)continue
const s=l(e),a=t.split("/")
a.some((e,t)=>s.test(a.slice(0,t+1).join("/")))&&(i=!o)}return i}(t.file.text,e.file)))
if(0===i.length)return
return`The build context ${e} holds git credentials: ${i.map(e=>`${e.file}${e.line?` line ${e.line}`:""} (${e.what})`).join(", ")}. A COPY . . would copy them into a layer of the image, readable by anyone who pulls it from a public registry, and no ignore file leaves them out (ignore file read by ${t.ignore.map(e=>`${e.builders}: ${e.file?e.file.name:"none"}`).join("; ")}). Set persist-credentials: false on actions/checkout, or add a line .git (and .git-credentials) to the context's .dockerignore (and to .containerignore if there is one)`}function h(e){try{return(0,n.statSync)(e).isFile()?(0,n.readFileSync)(e,"utf8"):void 0}catch{return}}function m(e){const t=function(e,t,i){const o=(s=i,"auto"===s?["docker","containers"]:["docker"===s?"docker":"containers"]).map(i=>{const n="docker"===i?[`${t}.dockerignore`,r().join(e,".dockerignore")]:[r().join(e,".containerignore"),r().join(e,".dockerignore")],o="docker"===i?"docker":"buildah and podman"
for(const t of n){const i=h(t)
if(void 0!==i)return{builders:o,file:{name:r().relative(e,t),text:i}}}return{builders:o}})
var s
return{gitConfig:h(r().join(e,".git","config")),gitCredentials:(0,n.existsSync)(r().join(e,".git-credentials")),ignore:o}}(e.context,(0,a.kT)(e),e.builder),i=f(e.context,t)
if(i)throw new s.lZ(i,{input:u.$9.context})}},612:(e,t,i)=>{i.d(t,{p:()=>l})
var n=i(7268),o=i(4827),r=i(4538),s=i(812),a=i(5449)
const u=/^[A-Za-z_][A-Za-z0-9_]*$/,c=/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/
function l(e,t){const i=function(e,t){const i=e.nameOf(a.$9.image)
if(t!==t.toLowerCase())throw new n.dz(i,`'${t}' has capital letters; image repositories must be lowercase`,`Use '${t.toLowerCase()}'`)
if(t.includes("@"))throw new n.dz(i,`'${t}' contains a digest`,"Give the repository without tag or digest; the digest is an output")
const o=(0,r.o_)(t)
if("reference"in o&&void 0!==o.reference.tag)throw new n.dz(i,`'${t}' contains a tag`,`Give the repository without tag, and the tags in '${e.nameOf(a.$9.tags)}'`)
if("problem"in o)throw new n.dz(i,`'${t}' is not a valid image repository (it ${o.problem})`,"Use registry/namespace/name, e.g. public.ecr.aws/a1b2c3d4/sites-management-api")
return t}(e,e.string(a.$9.image,{required:!0})),l=(0,o.q)(e.nameOf(a.$9.context),e.string(a.$9.context,{default:"."})),d=e.optional(a.$9.file),f=void 0===d?void 0:(0,o.q)(e.nameOf(a.$9.file),d)
let h=e.list(a.$9.tags,{valid:r._l,is:"a tag",hint:`Give tag names only, one per line (letters, digits, _ . -, up to 128, not starting with . or -); the repository comes from '${e.nameOf(a.$9.image)}'`})
if(0===h.length){if(!/^[0-9a-f]{7,}$/i.test(t.sha))throw new n.dz(e.nameOf(a.$9.tags),`is empty and there is no commit (neither '${e.nameOf(a.$9.revision)}' nor GITHUB_SHA is set), so there is no default tag`,`Give the tags, one per line, or the commit in '${e.nameOf(a.$9.revision)}'`)
h=[`sha-${t.sha.slice(0,7).toLowerCase()}`,...t.onDefaultBranch?["latest"]:[]]}h=[...new Set(h)]
const m=e.keyValues(a.$9.buildArgs,{keyPattern:u,keyRule:"is not a build argument name (letters, digits, _)"}).map(({key:e,value:t})=>[e,t]),p=new Map(function(e){const t=[]
e.repositoryUrl&&t.push(["org.opencontainers.image.source",e.repositoryUrl])
e.sha&&t.push(["org.opencontainers.image.revision",e.sha])
const i=void 0!==e.sourceDateEpoch?new Date(1e3*e.sourceDateEpoch):e.now
return t.push(["org.opencontainers.image.created",i.toISOString()]),t}(t))
for(const{key:t,value:i}of e.keyValues(a.$9.labels))p.delete(t),p.set(t,i)
const g=e.commaList(a.$9.platforms,{valid:e=>c.test(e),is:"a platform",hint:"Use os/arch[/variant], e.g. linux/amd64,linux/arm64"})
return{image:i,context:l,file:f,tags:h,buildArgs:m,labels:[...p],target:e.optional(a.$9.target),platforms:g,push:e.boolean(a.$9.push,!0),cacheFrom:e.list(a.$9.cacheFrom),cacheTo:e.list(a.$9.cacheTo),builder:e.choice(a.$9.builder,s.fy,"auto"),pushRetries:e.integer(a.$9.pushRetries,{default:3,min:0,max:10}),timestamp:t.sourceDateEpoch}}},5449:(e,t,i)=>{i.d(t,{$9:()=>n,mD:()=>r,nW:()=>o})
const n={image:"image",context:"context",file:"file",tags:"tags",buildArgs:"build-args",labels:"labels",target:"target",platforms:"platforms",push:"push",cacheFrom:"cache-from",cacheTo:"cache-to",builder:"builder",pushRetries:"push-retries",revision:"revision"},o={action:"build-push",known:Object.values(n)},r={image:"image",digest:"digest",tags:"tags",imageid:"imageid"}}}

