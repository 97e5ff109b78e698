export const id=137
export const ids=[137]
export const modules={4538:(e,t,n)=>{n.d(t,{EV:()=>y,Fv:()=>b,Jv:()=>v,WQ:()=>f,_l:()=>h,i$:()=>g,iY:()=>p,o_:()=>d})
const i="(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])",r=`${i}(?:\\.${i})*`,o=new RegExp(`^(?:${r}|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`),s=new RegExp(`^(?:${r}|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?$`),a=/^[a-z0-9]+(?:(?:[_.]|__|-+)[a-z0-9]+)*$/,u=/^\w[\w.-]{0,127}$/,l={sha256:/^[a-f0-9]{64}$/,sha512:/^[a-f0-9]{128}$/},c=255,m=/[\s\p{C}]/u
function d(e){if("string"!=typeof e||""===e.trim())return{problem:"is empty"}
if(m.test(e))return{problem:"contains whitespace or control characters"}
const t=e.indexOf("@"),n=t>=0?e.slice(0,t):e,i=t>=0?e.slice(t+1):void 0,r=n.indexOf("/"),s=r>=0?n.slice(0,r):"",l=r>=0&&(/[.:]/.test(s)||"localhost"===s||s!==s.toLowerCase()),d=l?s:void 0
if(void 0!==d&&!o.test(d))return{problem:`has an invalid registry host '${d}'`}
const p=l?n.slice(r+1):n,g=p.lastIndexOf("/"),h=p.indexOf(":",g+1),y=h>=0?p.slice(0,h):p,v=h>=0?p.slice(h+1):void 0
if(""===y||!y.split("/").every(e=>a.test(e))){const e=y!==y.toLowerCase()?"; repositories are lower-case":""
return{problem:`has an invalid repository name '${y}' (lowercase letters, digits and . _ - / only${e})`}}return(d?d.length+1:0)+y.length>c?{problem:`has a name longer than ${c} characters`}:void 0===v||u.test(v)?void 0!==i&&f(i)?{problem:`has an invalid digest '${i}' (${f(i)})`}:{reference:{registry:d,repository:y,tag:v,digest:i}}:{problem:`has an invalid tag '${v}'`}}function f(e){const t=e.indexOf(":"),n=t>=0?e.slice(0,t):"",i=e.slice(t+1),r=l[n]
if(!r)return"use sha256: and 64 lower-case hex digits"
if(!r.test(i)){return`${n} takes exactly ${"sha256"===n?64:128} lower-case hex digits`}}function p(e){const t=d(e)
return"problem"in t?t.problem:void 0}function g(e){const t=d(e)
if("problem"in t)return"string"!=typeof e||""===e.trim()?"has no image":`'${e}' ${t.problem}`
const{registry:n,tag:i,digest:r}=t.reference
return n?void 0===i&&void 0===r?`'${e}' has no tag or digest; pin it (e.g. the image output of build-push, <repository>@sha256:\u2026)`:void 0:`'${e}' does not name a registry; write it in full, e.g. public.ecr.aws/<alias>/<repository>:<tag> or docker.io/library/nginx:1.27`}function h(e){return u.test(e)}function y(e){return s.test(e)}function v(e){return e.startsWith("[")?e.slice(0,e.indexOf("]")+1):e.split(":")[0]}function b(e){const t=d(e)
return"reference"in t&&t.reference.registry||"docker.io"}},4032:(e,t,n)=>{n.d(t,{O6:()=>i,uc:()=>o})
const i=["taskDefinitionArn","revision","status","requiresAttributes","compatibilities","registeredAt","registeredBy","deregisteredAt"]
const r=new Set(["dockerLabels","options","driverOpts","labels"])
function o(e,t=new Set){const n=function(e){const t=[],n=[],r=new Set(i)
for(const[i,o]of Object.entries(e))r.has(i)?n.push(i):t.push([i,o])
return{definition:Object.fromEntries(t),removed:n}}(e),r=s(n.definition,"",{field:"",itemOf:"",keepEmptyString:!1,keep:t})
return{definition:r.value??{},removed:[...n.removed,...r.removed]}}function s(e,t,n){if(null==e)return{value:void 0,removed:[]}
if(""===e)return{value:n.keepEmptyString?"":void 0,removed:[]}
const i=[],o=(e,t)=>(void 0===e.value?i.push(t):i.push(...e.removed),void 0!==e.value)
if(Array.isArray(e)){if(0===e.length)return{value:void 0,removed:[]}
return{value:e.map((e,r)=>{if(!l(e))return e
const o=s(e,u(t,r),{field:n.field,itemOf:n.field,keepEmptyString:!1,keep:n.keep})
return i.push(...o.removed),void 0===o.value?{}:o.value}),removed:i}}if(l(e)){const l=""===n.itemOf&&r.has(n.field),c="environment"===n.itemOf,m=[]
for(const[i,r]of Object.entries(e)){const e=l||c&&"value"===i,d=s(r,u(t,i),{field:i,itemOf:"",keepEmptyString:e,keep:n.keep})
void 0===d.value&&n.keep.has(i)&&void 0!==r?m.push([i,a(r)]):o(d,u(t,i))&&m.push([i,d.value])}return{value:m.length?Object.fromEntries(m):void 0,removed:i}}return{value:e,removed:[]}}function a(e){return Array.isArray(e)?0===e.length?[]:e:l(e)?{}:e}function u(e,t){return"number"==typeof t?`${e}[${t}]`:e?`${e}.${t}`:t}function l(e){return"object"==typeof e&&null!==e&&!Array.isArray(e)}},1646:(e,t,n)=>{n.d(t,{Vs:()=>b,n2:()=>a})
var i=n(4032)
const r=["family","cpu","memory","taskRoleArn","executionRoleArn","networkMode","requiresCompatibilities"],o=new Set([...i.O6,"containerDefinitions"]),s=new Set(["name","image","environment","secrets","portMappings","cpu","memory","memoryReservation"])
function a(e,t){const n={}
for(const i of r){const r=h(e[i]),o=h(t[i])
r!==o&&(n[i]={from:r,to:o})}const i=new Set(r),s=p(e,t).filter(e=>!i.has(e)&&!o.has(e)),a=f(e),l=f(t),c=[]
for(const[e,t]of l){const n=u(e,a.get(e),t)
n&&c.push(n)}for(const[e,t]of a)l.has(e)||c.push(u(e,t,void 0))
return{task:n,otherTaskFields:s,containers:c,changed:Object.keys(n).length>0||s.length>0||c.length>0}}function u(e,t,n){const i=t??{},r=n??{},o={name:e,status:t?n?"changed":"removed":"added",environment:c(i.environment,r.environment,"value"),secrets:c(i.secrets,r.secrets,"valueFrom"),otherFields:p(i,r).filter(e=>!s.has(e))}
h(i.image)!==h(r.image)&&(o.image={from:h(i.image),to:h(r.image)})
for(const e of["cpu","memory","memoryReservation"])h(i[e])!==h(r[e])&&(o[e]={from:h(i[e]),to:h(r[e])})
const a=d(i.portMappings),u=d(r.portMappings)
a.join()===u.join()&&y(i.portMappings,r.portMappings)||(o.ports={from:a,to:u})
return"changed"!==o.status||o.image||o.ports||o.cpu||o.memory||o.memoryReservation||o.otherFields.length>0||l(o.environment)||l(o.secrets)?o:void 0}function l(e){return e.added.length+e.changed.length+e.removed.length>0}function c(e,t,n){const i=m(e,n),r=m(t,n),o={added:[],changed:[],removed:[]}
for(const[e,t]of r)i.has(e)?i.get(e)!==t&&o.changed.push(e):o.added.push(e)
for(const e of i.keys())r.has(e)||o.removed.push(e)
return o}function m(e,t){const n=new Map
if(!Array.isArray(e))return n
for(const i of e)i&&"object"==typeof i&&"string"==typeof i.name&&n.set(i.name,i[t]??"")
return n}function d(e){return Array.isArray(e)?e.filter(e=>e&&"object"==typeof e).map(e=>`${void 0!==e.hostPort&&e.hostPort!==e.containerPort?`${e.hostPort}:`:""}${e.containerPort??"?"}/${e.protocol??"tcp"}`).sort():[]}function f(e){const t=new Map
return(Array.isArray(e.containerDefinitions)?e.containerDefinitions:[]).forEach((e,n)=>{e&&"object"==typeof e&&t.set(String(e.name??`#${n}`),e)}),t}function p(e,t){return[...new Set([...Object.keys(e),...Object.keys(t)])].filter(n=>!y(g(e,n),g(t,n))).sort()}function g(e,t){return Object.hasOwn(e,t)?e[t]:void 0}function h(e){if(null!=e&&""!==e)return Array.isArray(e)?e.map(String).join(", "):String(e)}function y(e,t){if(e===t)return!0
if(Array.isArray(e)||Array.isArray(t))return!(!Array.isArray(e)||!Array.isArray(t)||e.length!==t.length)&&e.every((e,n)=>y(e,t[n]))
if(e&&t&&"object"==typeof e&&"object"==typeof t){const n=Object.keys(e).filter(t=>void 0!==e[t]),i=Object.keys(t).filter(e=>void 0!==t[e])
return n.length===i.length&&n.every(n=>y(e[n],t[n]))}return!1}const v=e=>`${e.from??"(none)"} \u2192 ${e.to??"(none)"}`
function b(e){if(!e.changed)return["no changes"]
const t=[]
for(const[n,i]of Object.entries(e.task))t.push(`task ${n}: ${v(i)}`)
e.otherTaskFields.length&&t.push(`task fields changed: ${e.otherTaskFields.join(", ")}`)
for(const n of e.containers){const e=`container ${n.name}`
if("added"===n.status&&t.push(`${e}: added${n.image?.to?` (image ${n.image.to})`:""}`),"removed"===n.status){t.push(`${e}: removed`)
continue}n.image&&"changed"===n.status&&t.push(`${e}: image ${v(n.image)}`)
const i=(n,i)=>{const r=["added","changed","removed"].filter(e=>i[e].length).map(e=>`${e} ${i[e].join(", ")}`)
r.length&&t.push(`${e}: ${n} ${r.join("; ")}`)}
i("environment",n.environment),i("secrets",n.secrets),n.ports&&t.push(`${e}: ports ${n.ports.from.join(", ")||"(none)"} \u2192 ${n.ports.to.join(", ")||"(none)"}`)
for(const i of["cpu","memory","memoryReservation"]){const r=n[i]
r&&t.push(`${e}: ${i} ${v(r)}`)}n.otherFields.length&&t.push(`${e}: changed ${n.otherFields.join(", ")}`)}return t}},2311:(e,t,n)=>{n.d(t,{rw:()=>c})
var i=n(8493),r=n(7268),o=n(7447),s=n(8795)
const a={sdkVersion:"3.1164.0",root:"RegisterTaskDefinitionRequest",shapes:{ContainerDefinition:{fields:{name:"string",image:"string",repositoryCredentials:{shape:"RepositoryCredentials"},cpu:"number",memory:"number",memoryReservation:"number",links:{list:"string"},portMappings:{list:{shape:"PortMapping"}},essential:"boolean",restartPolicy:{shape:"ContainerRestartPolicy"},entryPoint:{list:"string"},command:{list:"string"},environment:{list:{shape:"KeyValuePair"}},environmentFiles:{list:{shape:"EnvironmentFile"}},mountPoints:{list:{shape:"MountPoint"}},volumesFrom:{list:{shape:"VolumeFrom"}},linuxParameters:{shape:"LinuxParameters"},secrets:{list:{shape:"Secret"}},dependsOn:{list:{shape:"ContainerDependency"}},startTimeout:"number",stopTimeout:"number",versionConsistency:{enum:["disabled","enabled"]},hostname:"string",user:"string",workingDirectory:"string",disableNetworking:"boolean",privileged:"boolean",readonlyRootFilesystem:"boolean",dnsServers:{list:"string"},dnsSearchDomains:{list:"string"},extraHosts:{list:{shape:"HostEntry"}},dockerSecurityOptions:{list:"string"},interactive:"boolean",pseudoTerminal:"boolean",dockerLabels:{map:"string"},ulimits:{list:{shape:"Ulimit"}},logConfiguration:{shape:"LogConfiguration"},healthCheck:{shape:"HealthCheck"},systemControls:{list:{shape:"SystemControl"}},resourceRequirements:{list:{shape:"ResourceRequirement"}},firelensConfiguration:{shape:"FirelensConfiguration"},credentialSpecs:{list:"string"}},required:[]},ContainerDependency:{fields:{containerName:"string",condition:{enum:["COMPLETE","HEALTHY","START","SUCCESS"]}},required:["containerName","condition"]},ContainerRestartPolicy:{fields:{enabled:"boolean",ignoredExitCodes:{list:"number"},restartAttemptPeriod:"number"},required:["enabled"]},Device:{fields:{hostPath:"string",containerPath:"string",permissions:{list:"string"}},required:["hostPath"]},DockerVolumeConfiguration:{fields:{scope:"string",autoprovision:"boolean",driver:"string",driverOpts:{map:"string"},labels:{map:"string"}},required:[]},EFSAuthorizationConfig:{fields:{accessPointId:"string",iam:"string"},required:[]},EFSVolumeConfiguration:{fields:{fileSystemId:"string",rootDirectory:"string",transitEncryption:"string",transitEncryptionPort:"number",authorizationConfig:{shape:"EFSAuthorizationConfig"}},required:["fileSystemId"]},EnvironmentFile:{fields:{value:"string",type:{enum:["s3"]}},required:["value","type"]},EphemeralStorage:{fields:{sizeInGiB:"number"},required:["sizeInGiB"]},FSxWindowsFileServerAuthorizationConfig:{fields:{credentialsParameter:"string",domain:"string"},required:["credentialsParameter","domain"]},FSxWindowsFileServerVolumeConfiguration:{fields:{fileSystemId:"string",rootDirectory:"string",authorizationConfig:{shape:"FSxWindowsFileServerAuthorizationConfig"}},required:["fileSystemId","rootDirectory","authorizationConfig"]},FirelensConfiguration:{fields:{type:{enum:["fluentbit","fluentd"]},options:{map:"string"}},required:["type"]},HealthCheck:{fields:{command:{list:"string"},interval:"number",timeout:"number",retries:"number",startPeriod:"number"},required:["command"]},HostEntry:{fields:{hostname:"string",ipAddress:"string"},required:["hostname","ipAddress"]},HostVolumeProperties:{fields:{sourcePath:"string"},required:[]},InferenceAccelerator:{fields:{deviceName:"string",deviceType:"string"},required:["deviceName","deviceType"]},KernelCapabilities:{fields:{add:{list:"string"},drop:{list:"string"}},required:[]},KeyValuePair:{fields:{name:"string",value:"string"},required:[]},LinuxParameters:{fields:{capabilities:{shape:"KernelCapabilities"},devices:{list:{shape:"Device"}},initProcessEnabled:"boolean",sharedMemorySize:"number",tmpfs:{list:{shape:"Tmpfs"}},maxSwap:"number",swappiness:"number"},required:[]},LogConfiguration:{fields:{logDriver:"string",options:{map:"string"},secretOptions:{list:{shape:"Secret"}}},required:["logDriver"]},MountPoint:{fields:{sourceVolume:"string",containerPath:"string",readOnly:"boolean"},required:[]},NvidiaMpsAllocation:{fields:{memory:"number",maxComputePercent:"number"},required:["memory"]},PortMapping:{fields:{containerPort:"number",hostPort:"number",protocol:{enum:["tcp","udp"]},name:"string",appProtocol:{enum:["grpc","http","http2"]},containerPortRange:"string"},required:[]},ProxyConfiguration:{fields:{containerName:"string",type:{enum:["APPMESH"]},properties:{list:{shape:"KeyValuePair"}}},required:["containerName"]},RegisterTaskDefinitionRequest:{fields:{family:"string",containerDefinitions:{list:{shape:"ContainerDefinition"}},taskRoleArn:"string",executionRoleArn:"string",networkMode:{enum:["awsvpc","bridge","host","none"]},volumes:{list:{shape:"Volume"}},placementConstraints:{list:{shape:"TaskDefinitionPlacementConstraint"}},requiresCompatibilities:{list:{enum:["EC2","EXTERNAL","FARGATE","MANAGED_INSTANCES"]}},cpu:"string",memory:"string",tags:{list:{shape:"Tag"}},pidMode:{enum:["host","task"]},ipcMode:{enum:["host","none","task"]},proxyConfiguration:{shape:"ProxyConfiguration"},inferenceAccelerators:{list:{shape:"InferenceAccelerator"}},ephemeralStorage:{shape:"EphemeralStorage"},runtimePlatform:{shape:"RuntimePlatform"},enableFaultInjection:"boolean"},required:["family","containerDefinitions"]},RepositoryCredentials:{fields:{credentialsParameter:"string"},required:["credentialsParameter"]},ResourceRequirement:{fields:{type:{enum:["GPU","InferenceAccelerator","NeuronDevice"]},value:"string",sharingStrategy:{shape:"SharingStrategy"}},required:["type"]},RuntimePlatform:{fields:{cpuArchitecture:{enum:["ARM64","X86_64"]},operatingSystemFamily:{enum:["LINUX","WINDOWS_SERVER_2004_CORE","WINDOWS_SERVER_2016_FULL","WINDOWS_SERVER_2019_CORE","WINDOWS_SERVER_2019_FULL","WINDOWS_SERVER_2022_CORE","WINDOWS_SERVER_2022_FULL","WINDOWS_SERVER_2025_CORE","WINDOWS_SERVER_2025_FULL","WINDOWS_SERVER_20H2_CORE"]}},required:[]},S3FilesVolumeConfiguration:{fields:{fileSystemArn:"string",rootDirectory:"string",transitEncryptionPort:"number",accessPointArn:"string"},required:["fileSystemArn"]},Secret:{fields:{name:"string",valueFrom:"string"},required:["name","valueFrom"]},SharingStrategy:{fields:{nvidiaMps:{shape:"NvidiaMpsAllocation"}},required:[]},SystemControl:{fields:{namespace:"string",value:"string"},required:[]},Tag:{fields:{key:"string",value:"string"},required:[]},TaskDefinitionPlacementConstraint:{fields:{type:{enum:["memberOf"]},expression:"string"},required:[]},Tmpfs:{fields:{containerPath:"string",size:"number",mountOptions:{list:"string"}},required:["containerPath","size"]},Ulimit:{fields:{name:{enum:["core","cpu","data","fsize","locks","memlock","msgqueue","nice","nofile","nproc","rss","rtprio","rttime","sigpending","stack"]},softLimit:"number",hardLimit:"number"},required:["name","softLimit","hardLimit"]},Volume:{fields:{name:"string",host:{shape:"HostVolumeProperties"},dockerVolumeConfiguration:{shape:"DockerVolumeConfiguration"},efsVolumeConfiguration:{shape:"EFSVolumeConfiguration"},s3filesVolumeConfiguration:{shape:"S3FilesVolumeConfiguration"},fsxWindowsFileServerVolumeConfiguration:{shape:"FSxWindowsFileServerVolumeConfiguration"},configuredAtLaunch:"boolean"},required:[]},VolumeFrom:{fields:{sourceContainer:"string",readOnly:"boolean"},required:[]}}}
function u(e){let t=""
for(const n of e)t+="number"==typeof n?`[${n}]`:t?`.${n}`:n
return t||"(the task definition)"}function l(e,t=a){const n=[]
return h(e,{shape:t.root},[],t,n),0===n.length&&function(e,t){(0,o.pK)(e.family)||t.push({path:["family"],message:`family '${e.family}' may only have letters, digits, hyphens and underscores (up to 255)`})
const n=e.containerDefinitions
0===n.length&&t.push({path:["containerDefinitions"],message:"containerDefinitions is empty; list at least one container"})
const i=new Set
n.forEach((e,n)=>{for(const i of["name","image"])"string"==typeof e[i]&&""!==e[i]||t.push({path:["containerDefinitions",n,i],message:`containerDefinitions[${n}].${i} is required`})
"string"==typeof e.name&&e.name&&(i.has(e.name)&&t.push({path:["containerDefinitions",n,"name"],message:`containerDefinitions[${n}].name '${e.name}' is used by another container; names must be unique`}),i.add(e.name))})}(e,n),n}function c(e,t){const n=l(e)
if(0===n.length)return
const[o,...s]=n
let a=o.message
if(s.length){const e=s.slice(0,3).map(e=>e.message),t=s.length>e.length?`; and ${s.length-e.length} more`:""
a+=` (also: ${e.join("; ")}${t})`}if(t.document)throw(0,i.aH)(t.input,t.document,o.path,a)
throw new r.lZ(`The task definition${t.origin?` from ${t.origin}`:""} is not valid: ${a}`)}function m(e){return null===e?"null":Array.isArray(e)?"an array":"object"==typeof e?"an object":"string"==typeof e?`the string ${JSON.stringify(e.length>40?`${e.slice(0,37)}...`:e)}`:`${typeof e} ${String(e)}`}function d(e){return"string"==typeof e?"any"===e?"a value":`a ${e}`:"enum"in e?`one of ${e.enum.join(", ")}`:"list"in e?"an array":"an object"}function f(e){return"object"==typeof e&&null!==e&&!Array.isArray(e)}const p=new Set(["name","family","containerName","sourceVolume"])
function g(e,t){const n=(0,s.TL)(t)
if(n)return{path:e,message:`${u(e)} has a key that contains ${n}`}}function h(e,t,n,i,r){const o=t=>r.push({path:n,message:`${u(n)} must be ${t}, not ${m(e)}`})
if("string"==typeof t)switch(t){case"any":return
case"string":case"timestamp":{if("string"!=typeof e)return void o("a string")
const t=n[n.length-1],i="string"==typeof t&&p.has(t)&&(0,s.TL)(e)
return void(i&&r.push({path:n,message:`${u(n)} contains ${i}`}))}case"number":return void("number"==typeof e&&Number.isFinite(e)||o("a number"))
case"boolean":return void("boolean"!=typeof e&&o("a boolean (true or false)"))}if("enum"in t)return void("string"==typeof e&&t.enum.includes(e)||o(d(t)))
if("list"in t)return Array.isArray(e)?void e.forEach((e,o)=>h(e,t.list,[...n,o],i,r)):void o(d(t))
if("map"in t){if(!f(e))return void o(`an object of ${d(t.map)} values`)
for(const[o,s]of Object.entries(e)){const e=g(n,o)
e?r.push(e):h(s,t.map,[...n,o],i,r)}return}const a=i.shapes[t.shape]
if(!f(e))return void o("an object")
for(const t of a.required)Object.hasOwn(e,t)&&void 0!==e[t]&&null!==e[t]||r.push({path:[...n,t],message:`${u([...n,t])} is required`})
const l=Object.keys(a.fields)
for(const[t,o]of Object.entries(e)){const e=g(n,t)
if(e){r.push(e)
continue}const s=Object.hasOwn(a.fields,t)?a.fields[t]:void 0
if(!s){const e=y(t,l)
r.push({path:[...n,t],message:`${u([...n,t])} is not a field RegisterTaskDefinition accepts${e?`; did you mean '${e}'?`:""}`})
continue}h(o,s,[...n,t],i,r)}}function y(e,t){const n=e=>e.toLowerCase().replace(/[-_]/g,""),i=n(e),r=t.find(e=>n(e)===i)
if(r)return r
let o,s=1/0
for(const e of t){const t=v(i,n(e))
t<s&&(o=e,s=t)}return s<=Math.max(1,Math.min(3,Math.floor(i.length/4)))?o:void 0}function v(e,t){let n=Array.from({length:t.length+1},(e,t)=>t)
for(let i=1;i<=e.length;i++){const r=[i]
for(let o=1;o<=t.length;o++)r[o]=Math.min(n[o]+1,r[o-1]+1,n[o-1]+(e[i-1]===t[o-1]?0:1))
n=r}return n[t.length]}}}

