export const id=313
export const ids=[313,388]
export const modules={2313:(e,t,n)=>{n.r(t),n.d(t,{DeployFailedError:()=>p.P,RUN_TASK_INPUT:()=>d.xg,STRATEGY_INPUT:()=>d.dJ,deploy:()=>f,parseDeployInputs:()=>l.I,run:()=>g,runDeployStep:()=>m})
var r=n(6058),o=n(8795),a=n(1662),i=n(4114),s=n(8293),u=n(1980),c=n(1119),l=n(7732),d=n(927),p=n(4730)
async function f(e,t={}){for(const t of e.runTask?.warnings??[])o.Rm.warning(t)
const r=await(0,s.DJ)({region:e.region,maxAttempts:e.maxAttempts}),a=await(0,s.DJ)({region:e.region,maxAttempts:1}),i=e.provenanceTags&&!e.dryRun?await(0,u.p)(e.revision):void 0,{executeDeploy:c}=await Promise.all([n.e(902),n.e(928)]).then(n.bind(n,3928))
return c(e,{ecs:r,ecsSingleAttempt:a,elb:()=>(0,s.HN)({region:e.region,maxAttempts:e.maxAttempts}),codeDeploy:(t={})=>(0,s.uk)({region:e.region,maxAttempts:e.maxAttempts,...t}),provenance:i?{sha:i.sha,runUrl:i.runUrl}:void 0,signal:t.signal})}async function m(e,t={}){const{waitFollows:a}=t,{deployHeadline:i,deployOutputs:s,deploySummary:u}=await Promise.all([n.e(902),n.e(505)]).then(n.bind(n,5505)),l=e=>{for(const[t,n]of Object.entries(s(e)))r.uH(t,n)
o.Rm.info(e.message)}
try{const n=await f(e,t)
return l(n),await(0,c.Sy)(u(e,n,{waitFollows:a})),a||(0,c.mG)(i(e,n)),n}catch(t){throw t instanceof p.P&&(l(t.result),await(0,c.Sy)(u(e,t.result,{failure:t.message,waitFollows:a})),a||(0,c.mG)(i(e,t.result,t.message))),t}}function g(){return(0,i.C)(async e=>{const t=await(0,l.I)(a.G0.forAction(d._f))
await m(t,{signal:e})})}},4301:(e,t,n)=>{n.d(t,{A4:()=>h,AR:()=>v,Ig:()=>s,No:()=>m,RZ:()=>d,bf:()=>y,dp:()=>i,ql:()=>k,uo:()=>p,y8:()=>g,zr:()=>u})
var r=n(7598),o=n(927)
const a=512,i={appSpec:"appspec.yaml",application:"",deploymentGroup:""}
function s(e){const t=e.string(o.bO.codeDeployDescription)
return{appSpec:e.string(o.bO.codeDeployAppSpec,{default:"appspec.yaml"}),application:e.string(o.bO.codeDeployApplication),deploymentGroup:e.string(o.bO.codeDeployDeploymentGroup),description:t?t.length<=a?t:`${t.slice(0,a-1)}\u2026`:void 0,deploymentConfig:e.string(o.bO.codeDeployDeploymentConfig)||void 0}}function u(e,t){const n=t.cluster.split("/").pop(),r=t.service.split("/").pop()
return{application:e.application||`AppECS-${n}-${r}`,deploymentGroup:e.deploymentGroup||`DgpECS-${n}-${r}`}}function c(e,t){if(e&&"object"==typeof e&&!Array.isArray(e))return Object.keys(e).find(e=>e.toLowerCase()===t.toLowerCase())}function l(e){const t=c(e,"Resources"),n=t?e[t]:void 0
if(!Array.isArray(n)||0===n.length)return{at:t?[t]:[],problem:"the AppSpec has no Resources list"}
const r=[]
for(const[e,o]of n.entries()){const n=o&&"object"==typeof o?Object.keys(o):[]
if(0===n.length)return{at:[t,e],problem:`Resources[${e}] is empty`}
for(const a of n){const n=c(o[a],"Properties")
if(!n)return{at:[t,e,a],problem:`Resources[${e}].${a} has no Properties`}
r.push({at:[t,e,a,n],properties:o[a][n]})}}return r}function d(e,t){const n=l(e)
if(!Array.isArray(n))return[n]
const r=[],o=Array.isArray(t.containerDefinitions)?t.containerDefinitions:[]
for(const{at:e,properties:t}of n){c(t,"TaskDefinition")||r.push({at:e,problem:"Properties has no TaskDefinition (the deploy puts the new revision there)"})
const n=c(t,"LoadBalancerInfo")
if(!n)continue
const a=t[n],i=c(a,"ContainerName"),s=c(a,"ContainerPort"),u=i?a[i]:void 0,l=o.find(e=>e?.name===u)
if(!l){const t=o.map(e=>e?.name).join(", ")
r.push({at:[...e,n,...i?[i]:[]],problem:`LoadBalancerInfo.ContainerName '${String(u??"")}' is not a container of the task definition (${t})`})
continue}const d=s?Number(a[s]):NaN,p=(l.portMappings??[]).map(e=>Number(e?.containerPort))
p.includes(d)||r.push({at:[...e,n,...s?[s]:[]],problem:`LoadBalancerInfo.ContainerPort ${s?String(a[s]):"(missing)"} is not a container port of '${u}' (${p.join(", ")||"none"})`})}return r}function p(e,t){const n=structuredClone(e),o=l(n)
if(!Array.isArray(o))throw new Error(o.problem)
for(const{properties:e}of o)e[c(e,"TaskDefinition")??"TaskDefinition"]=t
const a=JSON.stringify(n)
return{content:a,sha256:(0,r.createHash)("sha256").update(a).digest("hex")}}const f=["Created","Queued","InProgress","Baking","Ready"]
function m(e){return f.includes(e??"")}function g(e){if("Succeeded"===e.status)return{state:"succeeded"}
if(m(e.status)||!e.status)return{state:"waiting"}
const t=e.errorInformation,n=t?.message?`${t.message}${t.code?` (${t.code})`:""}`:`CodeDeploy reports it ${e.status}`
return{state:"failed",status:e.status,reason:n,rollbackDeploymentId:e.rollbackInfo?.rollbackDeploymentId||void 0}}function y(e,t){return`https://console.aws.amazon.com/codesuite/codedeploy/deployments/${encodeURIComponent(t)}?region=${e}`}function h(e,t,n){const r=(t.readyWaitMinutes??0)+(t.terminationWaitMinutes??0)
return Math.min(e+6e4*r,6e4*n)}function v(e,t,n){if(!t?.deploymentId||t.deploymentId===e)return
return(t.sha256?t.sha256===n.sha256:t.content===n.content)?t.deploymentId:void 0}function k(e){return/active Deployment '(d-[A-Z0-9]+)'/.exec(e)?.[1]}},7732:(e,t,n)=>{n.d(t,{I:()=>G,R:()=>B})
var r=n(8493),o=n(7268),a=n(1980),i=n(7447),s=n(4032),u=n(6077),c=n(2311),l=n(4301)
const d={roleArn:"string",encrypted:"boolean",kmsKeyId:"string",volumeType:"string",sizeInGiB:"integer",snapshotId:"string",volumeInitializationRate:"integer",iops:"integer",throughput:"integer",tagSpecifications:"tags",filesystemType:"filesystem"},p=["ext3","ext4","xfs","ntfs"],f=["TASK_DEFINITION","SERVICE","NONE"]
function m(e,t){let n
try{n=JSON.parse(t)}catch(t){throw new o.dz(e,`is not valid JSON (${t.message})`,"Give one JSON object")}if("object"!=typeof n||null===n||Array.isArray(n))throw new o.dz(e,"is not a JSON object",'Give one JSON object, e.g. {"roleArn": "...", "sizeInGiB": 20}')
const r=n,a=(t,n)=>new o.dz(e,t,n)
for(const[e,t]of Object.entries(r)){const n=Object.hasOwn(d,e)?d[e]:void 0
if(!n)throw a(`'${e}' is not a member of an EBS volume configuration`,`Use: ${Object.keys(d).join(", ")}`)
const r=g(n,t)
if(r)throw a(`${e} ${r}`)}if("string"!=typeof r.roleArn)throw a("roleArn is missing","Give the ARN of the ECS infrastructure role that manages the volume")
if(!(0,i.GW)(r.roleArn))throw a(`roleArn '${r.roleArn}' is not an IAM role ARN`)
if(void 0!==r.throughput&&"gp3"!==r.volumeType)throw a("throughput is set, but it applies to gp3 volumes only","Set volumeType to gp3, or remove throughput")
return r}function g(e,t){switch(e){case"boolean":return"boolean"==typeof t?void 0:"must be true or false"
case"string":return"string"==typeof t&&""!==t?void 0:"must be a non-empty string"
case"integer":return Number.isInteger(t)&&t>=0?void 0:"must be a whole number"
case"filesystem":return p.includes(t)?void 0:`must be one of ${p.join(", ")}`
case"tags":return function(e){if(!Array.isArray(e))return"must be an array"
for(const[t,n]of e.entries()){if("object"!=typeof n||null===n)return`[${t}] must be an object`
if("volume"!==n.resourceType)return`[${t}].resourceType must be 'volume'`
if(void 0!==n.propagateTags&&!f.includes(n.propagateTags))return`[${t}].propagateTags must be one of ${f.join(", ")}`
if(void 0!==n.tags){if(!Array.isArray(n.tags))return`[${t}].tags must be an array of { key, value }`
for(const e of n.tags)if("string"!=typeof e?.key||void 0!==e.value&&"string"!=typeof e.value)return`[${t}].tags must be an array of { key, value } strings`}}return}(t)}}var y=n(927),h=n(5448)
const v=["FARGATE","EC2","EXTERNAL","MANAGED_INSTANCES"],k=["name","command","environment","environmentFiles","cpu","memory","memoryReservation","resourceRequirements"],$=["encrypted","kmsKeyId","volumeType","sizeInGiB","snapshotId","volumeInitializationRate","iops","throughput","tagSpecifications","roleArn","terminationPolicy","filesystemType"],b=/^[A-Za-z0-9_/-]{1,128}$/,w=1e3,A=1e5,T=/^subnet-[0-9a-f]{8,17}$/,S=/^sg-[0-9a-z]{8,17}$/
function C(e){const t=Object.fromEntries(Object.entries(y.xg).map(([t,n])=>[t,e.nameOf(n)])),n=e.boolean(y.xg.runTask,!1),r=e.boolean(y.xg.waitForTaskStopped,!1),a=e.raw(y.xg.runTaskContainerOverrides),i=e.commaList(y.xg.runTaskSubnets,{valid:e=>T.test(e),is:"a subnet ID",hint:"Give subnet IDs such as subnet-0a1b2c3d, separated by commas"}),s=e.commaList(y.xg.runTaskSecurityGroups,{valid:e=>S.test(e),is:"a security group ID",hint:"Give security group IDs such as sg-0a1b2c3d, separated by commas"}),u=e.raw(y.xg.runTaskAssignPublicIp),c=e.raw(y.xg.runTaskCapacityProviderStrategy),l=e.raw(y.xg.runTaskLaunchType),d=e.string(y.xg.runTaskStartedBy,{default:"GitHub-Actions"}),p=e.raw(y.xg.runTaskTags),f=e.string(y.xg.runTaskManagedEbsVolumeName),m=e.raw(y.xg.runTaskManagedEbsVolume)
if(!n){if(r)throw new o.dz(t.waitForTaskStopped,`is true but ${t.runTask} is not`,`Set ${t.runTask}: true to run the one-off task it waits for`)
return}const g=[]
if(!b.test(d))throw new o.dz(t.runTaskStartedBy,`'${d}' is not a valid startedBy`,"Use up to 128 letters, digits, -, / and _")
const h=c?function(e,t){const n='a JSON array such as [{"capacityProvider":"FARGATE_SPOT","weight":1}]',r=I(e,t,n)
if(!Array.isArray(r)||0===r.length)throw new o.dz(e,"is not a non-empty JSON array",`Give ${n}`)
const a=r.map((t,r)=>{const a=`item ${r+1}`
if(!E(t))throw new o.dz(e,`${a} is not an object`,`Give ${n}`)
if(N(e,a,t,["capacityProvider","weight","base"]),"string"!=typeof t.capacityProvider||!t.capacityProvider)throw new o.dz(e,`${a} has no capacityProvider`,`Give ${n}`)
for(const[r,i]of[["weight",w],["base",A]])if(void 0!==t[r]&&!(Number.isInteger(t[r])&&t[r]>=0&&t[r]<=i))throw new o.dz(e,`${a}: ${r} must be a whole number from 0 to ${i}`,`Give ${n}`)
return t})
if(a.filter(e=>(e.base??0)>0).length>1)throw new o.dz(e,"more than one item has a base","Give a base to one capacity provider only")
return a}(t.runTaskCapacityProviderStrategy,c):void 0
let k,$
if(l&&(k=v.find(e=>e===l.toUpperCase()),!k))throw new o.dz(t.runTaskLaunchType,`'${l}' is not a launch type`,`Use one of: ${v.join(", ")}`)
if(h&&k)throw new o.dz(t.runTaskLaunchType,`both ${t.runTaskLaunchType} and ${t.runTaskCapacityProviderStrategy} are set`,"ECS takes one or the other: remove one")
if(u){const e=u.toUpperCase()
if("ENABLED"!==e&&"DISABLED"!==e)throw new o.dz(t.runTaskAssignPublicIp,`'${u}' is not ENABLED or DISABLED`,"Use ENABLED or DISABLED")
$=e}if(m&&!f)throw new o.dz(t.runTaskManagedEbsVolume,`is set but ${t.runTaskManagedEbsVolumeName} is not`,`Name the task definition's configuredAtLaunch volume in ${t.runTaskManagedEbsVolumeName}`)
return f&&!m&&g.push(`${t.runTaskManagedEbsVolumeName} is set without ${t.runTaskManagedEbsVolume}: the one-off task gets no volume configuration`),{containerOverrides:a?D(t.runTaskContainerOverrides,a):[],subnets:i,securityGroups:s,assignPublicIp:$,capacityProviderStrategy:h,launchType:k,startedBy:d,tags:p?O(e,t.runTaskTags,p):[],ebsVolume:f&&m?{name:f,managedEBSVolume:M(t.runTaskManagedEbsVolume,m)}:void 0,warnings:g,waitForStop:r,names:t}}function I(e,t,n){try{return JSON.parse(t)}catch(t){throw new o.dz(e,`is not valid JSON (${t.message})`,`Give ${n}`)}}function N(e,t,n,r){const a=Object.keys(n).find(e=>!r.includes(e))
if(void 0!==a)throw new o.dz(e,`${t}: unknown field '${a}'`,`Use only ${r.join(", ")}`)}const E=e=>"object"==typeof e&&null!==e&&!Array.isArray(e)
function D(e,t){const n='a JSON array of container overrides, e.g. [{"name":"app","command":["npm","run","migrate"]}]',r=I(e,t,n)
if(!Array.isArray(r))throw new o.dz(e,"is not a JSON array",`Give ${n}`)
return r.map((t,r)=>{const a=`item ${r+1}`
if(!E(t))throw new o.dz(e,`${a} is not an object`,`Give ${n}`)
if(N(e,a,t,k),"string"!=typeof t.name||!t.name)throw new o.dz(e,`${a} has no container name`,'Give each override the "name" of a container')
if(!(void 0===t.command||Array.isArray(t.command)&&t.command.every(e=>"string"==typeof e)))throw new o.dz(e,`${a}: command must be an array of strings`,'e.g. "command": ["npm", "run", "migrate"]')
if(!(void 0===t.environment||Array.isArray(t.environment)&&t.environment.every(e=>E(e)&&"string"==typeof e.name)))throw new o.dz(e,`${a}: environment must be an array of {"name", "value"}`,'e.g. "environment": [{"name": "MODE", "value": "migrate"}]')
for(const n of["cpu","memory","memoryReservation"])if(void 0!==t[n]&&!(Number.isInteger(t[n])&&t[n]>=0))throw new o.dz(e,`${a}: ${n} must be a whole number`,"Give the number without quotes")
return t})}function O(e,t,n){let r
if(n.startsWith("[")){const e='a JSON array such as [{"key":"purpose","value":"migration"}], or KEY=VALUE lines',a=I(t,n,e)
if(!Array.isArray(a))throw new o.dz(t,"is not a JSON array",`Give ${e}`)
r=a.map((n,r)=>{if(!E(n)||"string"!=typeof n.key)throw new o.dz(t,`item ${r+1} has no string "key"`,`Give ${e}`)
return{key:n.key,value:void 0===n.value?"":String(n.value)}})}else r=e.keyValues(y.xg.runTaskTags).map(({key:e,value:t})=>({key:e,value:t}))
for(const e of r){const n=(0,h.qH)(e)
if(n)throw new o.dz(t,n)}if(r.length>h.x3)throw new o.dz(t,`${r.length} tags given; ECS allows ${h.x3} per task`,"Remove some")
return r}function M(e,t){const n='a JSON object such as {"roleArn":"arn:aws:iam::123456789012:role/ecsInfrastructureRole","sizeInGiB":20}',r=I(e,t,n)
if(!E(r))throw new o.dz(e,"is not a JSON object",`Give ${n}`)
if(N(e,"the volume",r,$),"string"!=typeof r.roleArn||!(0,i.GW)(r.roleArn))throw new o.dz(e,"has no roleArn (the ECS infrastructure role, required)",`Give ${n}`)
return r}var R=n(9626)
const P=["SERVICE","TASK_DEFINITION","NONE"]
async function G(e,t={}){const n=Object.fromEntries(Object.entries(y.bO).map(([t,n])=>[t,e.nameOf(n)])),r=e.region(y.bO.region),s=e.string(y.bO.service),c=e.string(y.bO.cluster,{default:"default"})
if(!(0,i.O$)(c))throw new o.dz(n.cluster,`'${c}' is not a cluster name or ARN`,"Use the name shown in the ECS console (letters, digits, - and _)")
if(s&&!(0,i.hL)(s))throw new o.dz(n.service,`'${s}' is not a service name or ARN`,"Use the name shown in the ECS console (letters, digits, - and _)")
const d=e.commaList(y.bO.keepNullValueKeys),p=new Set(d),f=t.taskDefinition?function(e,t){return x(e.input??y.bO.taskDefinition,e.origin,e.definition,e.tags??[],t)}(t.taskDefinition,p):await async function(e,t,n,r){const a=e.string(y.bO.taskDefinition),i=e.string(y.bO.taskDefinitionArn)
if(a&&i)throw new o.dz(t.taskDefinitionArn,`both ${t.taskDefinition} and ${t.taskDefinitionArn} are set`,"Give one: a file to register, or a registered revision to deploy")
if(!a&&!i)throw new o.dz(t.taskDefinition,`neither ${t.taskDefinition} nor ${t.taskDefinitionArn} is set`,"Give the path of a task definition file, or the ARN of a registered revision")
if(i)return{kind:"arn",input:t.taskDefinitionArn,arn:L(t.taskDefinitionArn,i,n)}
const s=await(0,u.bs)(t.taskDefinition,a)
return x(t.taskDefinition,s.document.file,s.definition,s.tags,r,s.document)}(e,n,r,p),g=function(e,t){if(t.name||t.volume){if(!t.volume)throw new o.dz(e.name,`is set but ${e.volume} is not`,`Give the volume's configuration as JSON in ${e.volume} (at least {"roleArn": "..."}), or remove ${e.name}`)
if(!t.name)throw new o.dz(e.volume,`is set but ${e.name} is not`,`Set ${e.name} to the name of the task definition's volume that has configuredAtLaunch: true`)
if(!(0,i.pK)(t.name))throw new o.dz(e.name,`'${t.name}' is not a volume name`,"Use up to 255 letters, digits, - and _")
return{name:t.name,managedEBSVolume:m(e.volume,t.volume)}}}({name:n.serviceManagedEbsVolumeName,volume:n.serviceManagedEbsVolume},{name:e.string(y.bO.serviceManagedEbsVolumeName),volume:e.raw(y.bO.serviceManagedEbsVolume)})
if(g&&!s)throw new o.dz(n.serviceManagedEbsVolumeName,`configures a service's volume, but ${n.service} is empty`,`Set ${n.service}, or remove the volume inputs`)
g&&"definition"===f.kind&&function(e,t,n){const r=(Array.isArray(n.definition.volumes)?n.definition.volumes:[]).find(e=>e?.name===t)
if(!r)throw new o.dz(e,`the task definition (${n.origin}) has no volume '${t}'`,'Add it to volumes with "configuredAtLaunch": true, or use the name of one that is')
if(!0!==r.configuredAtLaunch)throw new o.dz(e,`volume '${t}' of the task definition (${n.origin}) is not configuredAtLaunch`,'Set "configuredAtLaunch": true on it: only such a volume is configured by the service')}(n.serviceManagedEbsVolumeName,g.name,f)
const v=(0,R.kh)(e)
if(!s&&!(0,R.a0)(v))throw new o.dz(n.deploymentStrategy,`the strategy inputs configure a service's deployment, but ${n.service} is empty`,`Set ${n.service}, or leave the strategy inputs empty`)
const k=e.integer(y.bO.desiredCount,{min:0,max:1e5}),$=e.raw(y.bO.enableEcsManagedTags)?e.boolean(y.bO.enableEcsManagedTags,!1):void 0,b=function(e,t){const n=e.raw(y.bO.propagateTags)
if(!n)return
const r=P.find(e=>e===n.toUpperCase())
if(!r)throw new o.dz(t,`'${n}' is not one of ${P.join(", ")}`,`Use one of: ${P.join(", ")}`)
return r}(e,n.propagateTags),w=e.keyValues(y.bO.tags).map(({key:e,value:t,line:r})=>{const a={key:e,value:t},i=(0,h.qH)(a)
if(i)throw new o.dz(n.tags,`line ${r}: ${i}`)
return a})
if(w.length>h.x3-2)throw new o.dz(n.tags,`${w.length} tags given; ECS allows ${h.x3} per task definition, two of which this action uses for the commit and run`,"Remove some")
const A=e.number(y.bO.waitForMinutes,{default:30,min:0,max:i.f5})??30
if(A<=0)throw new o.dz(n.waitForMinutes,"must be more than 0",`Use a value from 0.1 to ${i.f5}`)
const T=e.integer(y.bO.maxRetries,{min:1,max:20}),S=e.integer(y.bO.waitMaxDelaySeconds,{min:1,max:3600})
return{region:r,cluster:c,service:s,taskDefinition:f,skipUnchanged:e.boolean(y.bO.skipUnchanged,!0),forceNewDeployment:e.boolean(y.bO.forceNewDeployment,!1),desiredCount:k,enableEcsManagedTags:$,propagateTags:b,tags:w,provenanceTags:e.boolean(y.bO.provenanceTags,!0),revision:(0,a.M)(e,y.bO.revision),wait:e.boolean(y.bO.waitForServiceStability,!1),waitTimeoutMs:Math.round(6e4*A),rollbackOnFailure:e.boolean(y.bO.rollbackOnFailure,!0),dryRun:e.boolean(y.bO.dryRun,!1),codeDeploy:t.codeDeploy??(0,l.Ig)(e),runTask:C(e),keepNullValueKeys:d,maxAttempts:T,waitMaxDelayMs:void 0===S?void 0:1e3*S,serviceVolume:g,strategy:v,inputNames:n}}function B(e){return{cluster:e.cluster,service:e.service,forceNewDeployment:e.forceNewDeployment,desiredCount:e.desiredCount,enableEcsManagedTags:e.enableEcsManagedTags,propagateTags:e.propagateTags,volumeConfigurations:e.serviceVolume?[e.serviceVolume]:void 0,strategy:e.strategy}}function x(e,t,n,a,u,l){const d=(n,a)=>l?(0,r.aH)(e,l,n,a):new o.dz(e,`${t}: ${a}`),{definition:p,removed:f}=(0,s.uc)(n,u);(0,c.rw)(p,{input:e,document:l,origin:t})
const m=function(e,t){if(void 0===e)return[]
if(!Array.isArray(e))throw t("tags must be an array of { key, value }")
return e.map(e=>{if(!e||"string"!=typeof e.key)throw t("each tag needs a string key")
return{key:e.key,value:String(e.value??"")}})}(p.tags,e=>d(["tags"],e))
if(delete p.tags,"string"!=typeof p.family||!(0,i.pK)(p.family))throw d(["family"],"family is missing or invalid (up to 255 letters, digits, - and _)")
const g=p.containerDefinitions
if(!Array.isArray(g)||0===g.length)throw d(["containerDefinitions"],"containerDefinitions is empty; a task definition needs at least one container")
const[y]=(0,h.yR)(p)
if(y)throw d(["containerDefinitions",y.index,"image"],`container '${y.container}': image ${y.problem}`)
for(const e of[...a,...m]){const t=(0,h.qH)(e)
if(t)throw d(["tags"],t)}return{kind:"definition",input:e,origin:t,definition:p,tags:[...a,...m],removed:f}}function L(e,t,n){const r=(0,i.tP)(t)
if(void 0!==r?.revision){if(r.region!==n)throw new o.dz(e,`'${t}' is in ${r.region}, but aws-region is ${n}`,"Deploy a revision registered in the cluster's region")
return t}if((0,i.An)(t))return t
throw new o.dz(e,`'${t}' is not a task definition revision`,"Use arn:aws:ecs:<region>:<account>:task-definition/<family>:<revision> or <family>:<revision>")}},927:(e,t,n)=>{n.d(t,{_f:()=>c,aQ:()=>i,bO:()=>a,dJ:()=>o,ft:()=>s,xg:()=>r})
const r={runTask:"run-task",runTaskContainerOverrides:"run-task-container-overrides",runTaskSecurityGroups:"run-task-security-groups",runTaskSubnets:"run-task-subnets",runTaskAssignPublicIp:"run-task-assign-public-IP",runTaskCapacityProviderStrategy:"run-task-capacity-provider-strategy",runTaskLaunchType:"run-task-launch-type",runTaskStartedBy:"run-task-started-by",runTaskTags:"run-task-tags",runTaskManagedEbsVolumeName:"run-task-managed-ebs-volume-name",runTaskManagedEbsVolume:"run-task-managed-ebs-volume",waitForTaskStopped:"wait-for-task-stopped"},o={deploymentStrategy:"deployment-strategy",bakeTimeMinutes:"bake-time-minutes",linearStepPercent:"linear-step-percent",linearStepBakeMinutes:"linear-step-bake-minutes",canaryPercent:"canary-percent",canaryBakeMinutes:"canary-bake-minutes",alarms:"alarms"},a={...r,...o,taskDefinition:"task-definition",taskDefinitionArn:"task-definition-arn",service:"service",cluster:"cluster",region:"aws-region",skipUnchanged:"skip-unchanged",forceNewDeployment:"force-new-deployment",desiredCount:"desired-count",enableEcsManagedTags:"enable-ecs-managed-tags",propagateTags:"propagate-tags",tags:"tags",provenanceTags:"provenance-tags",revision:"revision",waitForServiceStability:"wait-for-service-stability",waitForMinutes:"wait-for-minutes",rollbackOnFailure:"rollback-on-failure",dryRun:"dry-run",codeDeployAppSpec:"codedeploy-appspec",codeDeployApplication:"codedeploy-application",codeDeployDeploymentGroup:"codedeploy-deployment-group",codeDeployDescription:"codedeploy-deployment-description",codeDeployDeploymentConfig:"codedeploy-deployment-config",keepNullValueKeys:"keep-null-value-keys",maxRetries:"max-retries",waitMaxDelaySeconds:"wait-max-delay-seconds",serviceManagedEbsVolumeName:"service-managed-ebs-volume-name",serviceManagedEbsVolume:"service-managed-ebs-volume"},i={taskDefinitionArn:"task-definition-arn",previousTaskDefinitionArn:"previous-task-definition-arn",deploymentId:"deployment-id",registered:"registered",rolledBack:"rolled-back",codeDeployDeploymentId:"codedeploy-deployment-id",runTaskArn:"run-task-arn"},s={commit:"infra-actions:commit",run:"infra-actions:run"},u=e=>({kind:"default",why:`same default: the reference's action.yml declares none, its index.js uses ${e}`}),c={action:"ecs-deploy",known:Object.values(a),reference:{repository:"aws-actions/amazon-ecs-deploy-task-definition",inputs:{cluster:u("'default' when empty"),"force-new-deployment":u("'false' when empty"),"wait-for-service-stability":u("'true' only to wait"),"wait-for-minutes":u("30 when empty"),"codedeploy-appspec":u("'appspec.yaml' when empty"),"run-task":u("'false' when empty"),"run-task-started-by":u("'GitHub-Actions' when empty"),"wait-for-task-stopped":u("'false' when empty")},outputs:{}}}},5448:(e,t,n)=>{n.d(t,{Hd:()=>$,JE:()=>b,TJ:()=>v,_Z:()=>l,a0:()=>h,aq:()=>g,g2:()=>w,nr:()=>m,qH:()=>f,x3:()=>d,xr:()=>k,yR:()=>c})
var r=n(8388),o=n(4032),a=n(6902),i=n(4538),s=n(927),u=n(9626)
function c(e){return(Array.isArray(e.containerDefinitions)?e.containerDefinitions:[]).flatMap((e,t)=>{const n=(0,i.i$)(e?.image)
return n?[{index:t,container:String(e?.name??`#${t+1}`),problem:n}]:[]})}function l(e){return(Array.isArray(e?.containerDefinitions)?e.containerDefinitions:[]).map(e=>({container:String(e?.name??""),image:String(e?.image??"")}))}const d=50,p=/^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u
function f(e){return e.key.length<1||e.key.length>128?`tag key '${e.key}' must be 1 to 128 characters long`:e.value.length>256?`the value of tag '${e.key}' is longer than 256 characters`:/^aws:/i.test(e.key)?`tag key '${e.key}' uses the prefix aws:, which AWS reserves`:p.test(e.key)?p.test(e.value)?void 0:`the value of tag '${e.key}' may only contain letters, digits, spaces and _ . : / = + - @`:`tag key '${e.key}' may only contain letters, digits, spaces and _ . : / = + - @`}function m(e){const t=new Map
for(const n of e.fileTags??[])t.set(n.key,n.value)
e.provenance?.sha&&t.set(s.ft.commit,e.provenance.sha),e.provenance?.runUrl&&t.set(s.ft.run,e.provenance.runUrl)
for(const n of e.userTags??[])t.set(n.key,n.value)
return[...t].map(([e,t])=>({key:e,value:t}))}function g(e){if(e.givenArn)return{action:"given",arn:e.givenArn,reason:"task-definition-arn given: nothing to register"}
if(!e.definition)throw new Error("chooseTaskDefinition needs a definition or an ARN")
if(e.latest&&e.skipUnchanged&&(0,a.JL)(e.definition,e.latest.definition))return{action:"reuse",arn:e.latest.arn,reason:`unchanged: equal to the family's latest ACTIVE revision ${(0,r.pd)(e.latest.arn)}`}
const t=e.latestUnreadable?"the family's latest revision could not be read (ecs:DescribeTaskDefinition is not allowed)":e.latest?e.skipUnchanged?`differs from the latest ACTIVE revision ${(0,r.pd)(e.latest.arn)}`:"skip-unchanged is false":`family '${e.definition.family}' has no ACTIVE revision yet`
return{action:"register",request:y(e.definition,e.tags,e.keepNullValueKeys),reason:t}}function y(e,t,n=[]){const{definition:r}=(0,o.uc)(e,new Set(n))
delete r.tags
const a={...r}
return t.length>0&&(a.tags=t.map(e=>({key:e.key,value:e.value}))),a}function h(e,t,n){const r={cluster:e.cluster,service:e.service,taskDefinition:t,forceNewDeployment:e.forceNewDeployment}
void 0!==e.desiredCount&&(r.desiredCount=e.desiredCount),void 0!==e.enableEcsManagedTags&&(r.enableECSManagedTags=e.enableEcsManagedTags),void 0!==e.propagateTags&&(r.propagateTags=e.propagateTags),void 0!==e.volumeConfigurations&&(r.volumeConfigurations=e.volumeConfigurations)
const o=function(e,t){if(!t.strategy)return
const n=(0,u.W5)(e,t.strategy)
return(0,u.BU)(e,n).length?n:void 0}(n,e)
return o&&(r.deploymentConfiguration=o),r}function v(e,t,n){const o=[]
e.taskDefinition!==n&&o.push(`task definition: ${(0,r.pd)(e.taskDefinition)} \u2192 ${(0,r.pd)(n)}`),t.forceNewDeployment&&o.push("force a new deployment (replace every task)"),void 0!==t.desiredCount&&t.desiredCount!==e.desiredCount&&o.push(`desired count: ${e.desiredCount} \u2192 ${t.desiredCount}`),void 0!==t.enableEcsManagedTags&&t.enableEcsManagedTags!==(e.enableECSManagedTags??!1)&&o.push(`ECS managed tags: ${e.enableECSManagedTags?"on":"off"} \u2192 ${t.enableEcsManagedTags?"on":"off"}`),void 0!==t.propagateTags&&t.propagateTags!==(e.propagateTags??"NONE")&&o.push(`propagate tags: ${e.propagateTags??"NONE"} \u2192 ${t.propagateTags}`),t.strategy&&o.push(...(0,u.BU)(e.deploymentConfiguration,(0,u.W5)(e.deploymentConfiguration,t.strategy)))
for(const e of t.volumeConfigurations??[])o.push(`service-managed EBS volume '${e.name}': ${JSON.stringify(e.managedEBSVolume)}`)
return o}function k(e){return e?.find(e=>"PRIMARY"===e.status)?.id}function $(e,t,n){const r=t.filter(t=>t.id&&!e.includes(t.id)&&t.taskDefinition===n)
return(r.find(e=>"PRIMARY"===e.status)??r[0])?.id}function b(e,t){const n=[t.registeredArn?`registering ${(0,r.pd)(t.registeredArn)}`:"",t.oneOffTasks?.length?`starting one-off task ${t.oneOffTasks.join(", ")} (ECS carries on with it)`:""].filter(Boolean).join(" and ")
if(t.deploymentId)return`${e} after ${n?`${n} and `:""}updating service ${t.service} (deployment ${t.deploymentId}); not waiting for it. ECS carries on with the deployment`
const o=t.service?`service ${t.service} was not updated`:""
return n?`${e} after ${n}${o?`; ${o}`:""}`:`${e} before any change: nothing was registered${o?` and ${o}`:""}`}function w(e){const t=e.deploymentId?`deployment ${e.deploymentId} of service ${e.service}`:void 0,n=[e.oneOffTasks?.length?`one-off task ${e.oneOffTasks.join(", ")}`:void 0,t].filter(Boolean).join(" and ")||void 0
return e.registeredArn?`Registered ${(0,r.pd)(e.registeredArn)}${n?` and started ${n}`:""}`:n?`Started ${n}`:void 0}},4730:(e,t,n)=>{n.d(t,{P:()=>o})
var r=n(7268)
class o extends r.lZ{result
constructor(e,t){super(e),this.result=t,this.name="DeployFailedError"}}},9626:(e,t,n)=>{n.d(t,{BU:()=>w,W5:()=>h,a0:()=>p,kh:()=>d,lf:()=>y,o4:()=>g,rz:()=>k})
var r=n(7268),o=n(927)
const a=["ROLLING","BLUE_GREEN","LINEAR","CANARY"],i=1440,s={min:3,max:100},u={min:.1,max:100},c={stepPercent:10,stepBakeTimeInMinutes:6,canaryPercent:5,canaryBakeTimeInMinutes:10},l={valid:e=>e.length>=1&&e.length<=255,is:"a CloudWatch alarm name (1 to 255 characters)",hint:"Give the alarm names, one per line or separated by commas"}
function d(e){const t=function(e){return Object.fromEntries(Object.entries(o.dJ).map(([t,n])=>[t,e.nameOf(n)]))}(e),n=e.string(o.dJ.deploymentStrategy)
let c
if(n&&(c=a.find(e=>e===n.toUpperCase().replace(/-/g,"_")),!c))throw new r.dz(t.deploymentStrategy,`'${n}' is not one of ${a.join(", ")}`,`Use one of: ${a.join(", ")}; leave it empty to keep the service's`)
const d=t=>e.integer(o.dJ[t],{min:0,max:i}),p=(n,a)=>{const i=e.number(o.dJ[n],a)
if(void 0!==i&&Math.abs(10*i-Math.round(10*i))>1e-9)throw new r.dz(t[n],`${i} is not a multiple of 0.1`,`Use a value from ${a.min} to ${a.max} with at most one decimal`)
return i},f=e.commaList(o.dJ.alarms,l),g={strategy:c,bakeTimeInMinutes:d("bakeTimeMinutes"),stepPercent:p("linearStepPercent",s),stepBakeTimeInMinutes:d("linearStepBakeMinutes"),canaryPercent:p("canaryPercent",u),canaryBakeTimeInMinutes:d("canaryBakeMinutes"),alarmNames:f.length?f:void 0}
return c&&m(g,c,t,`${t.deploymentStrategy} is ${c}`),g}function p(e){return Object.values(e).every(e=>void 0===e)}function f(e,t){const n=[["strategy","deploymentStrategy"],["bakeTimeInMinutes","bakeTimeMinutes"],["stepPercent","linearStepPercent"],["stepBakeTimeInMinutes","linearStepBakeMinutes"],["canaryPercent","canaryPercent"],["canaryBakeTimeInMinutes","canaryBakeMinutes"],["alarmNames","alarms"]].find(([t])=>void 0!==e[t])
return t[n?.[1]??"deploymentStrategy"]}function m(e,t,n,o){const a=[["linearStepPercent",void 0!==e.stepPercent&&"LINEAR"!==t,"LINEAR"],["linearStepBakeMinutes",void 0!==e.stepBakeTimeInMinutes&&"LINEAR"!==t,"LINEAR"],["canaryPercent",void 0!==e.canaryPercent&&"CANARY"!==t,"CANARY"],["canaryBakeMinutes",void 0!==e.canaryBakeTimeInMinutes&&"CANARY"!==t,"CANARY"],["bakeTimeMinutes",void 0!==e.bakeTimeInMinutes&&"ROLLING"===t,"BLUE_GREEN, LINEAR or CANARY"]].find(([,e])=>e)
if(a)throw new r.dz(n[a[0]],`applies only to the ${a[2]} strategy, but ${o}`,`Set ${n.deploymentStrategy}: ${a[2].split(",")[0]}, or remove ${n[a[0]]}`)}function g(e,t,n){if(p(e))return[]
const o=t.deploymentController??"ECS"
if("ECS"!==o)throw new r.dz(f(e,n),`service '${t.name}' uses the ${o} deployment controller; deployment strategies and alarms apply only to the ECS controller`,"CODE_DEPLOY"===o?"Leave the strategy inputs empty: CodeDeploy runs this service's blue/green (its deployment group and codedeploy-deployment-config set the traffic shifting)":"Leave the strategy inputs empty")
const a=y(t.deploymentConfiguration),s=e.strategy??a
if(e.strategy||m(e,s,n,`service '${t.name}' uses ${a} and ${n.deploymentStrategy} is empty`),"ROLLING"===s)return[]
const u=function(e){for(const[t,n]of e.entries()){const e=n.advancedConfiguration,r=`loadBalancers[${t}]${n.targetGroupArn?` (${n.targetGroupArn})`:""}`
if(!e)return`has no advancedConfiguration in ${r}`
const o=["alternateTargetGroupArn","productionListenerRule","roleArn"].filter(t=>!e[t])
if(o.length)return`has no ${o.join(", ")} in ${r}.advancedConfiguration`}return}(t.loadBalancers??[])
if(u)throw new r.dz(e.strategy?n.deploymentStrategy:f(e,n),`${s} shifts traffic between two target groups, but service '${t.name}' ${u}`,`Give the service's load balancer an advancedConfiguration (alternateTargetGroupArn, productionListenerRule, roleArn; testListenerRule optional) with UpdateService or your infrastructure code, or set ${n.deploymentStrategy}: ROLLING`)
if("BLUE_GREEN"===s&&void 0===function(e,t){return e.bakeTimeInMinutes??t?.bakeTimeInMinutes}(e,t.deploymentConfiguration))throw new r.dz(n.bakeTimeMinutes,`is required with BLUE_GREEN (ECS needs a bake time) and service '${t.name}' has none`,`Set ${n.bakeTimeMinutes} (0 to ${i})`)
return t.loadBalancers?.length?[]:[`Service '${t.name}' has no load balancer: ECS runs ${s} without shifting load balancer traffic (only Service Connect or VPC Lattice traffic, if the service uses them)`]}function y(e){return e?.strategy??"ROLLING"}function h(e,t){if(p(t))return
const n=structuredClone(e??{}),r=t.strategy??y(e)
return t.strategy&&(n.strategy=t.strategy),"ROLLING"===r?delete n.bakeTimeInMinutes:void 0!==t.bakeTimeInMinutes&&(n.bakeTimeInMinutes=t.bakeTimeInMinutes),"LINEAR"===r?n.linearConfiguration=v(n.linearConfiguration,{stepPercent:t.stepPercent,stepBakeTimeInMinutes:t.stepBakeTimeInMinutes}):delete n.linearConfiguration,"CANARY"===r?n.canaryConfiguration=v(n.canaryConfiguration,{canaryPercent:t.canaryPercent,canaryBakeTimeInMinutes:t.canaryBakeTimeInMinutes}):delete n.canaryConfiguration,t.alarmNames&&(n.alarms={alarmNames:t.alarmNames,enable:!0,rollback:!0}),n}function v(e,t){return{...e,...Object.fromEntries(Object.entries(t).filter(([,e])=>void 0!==e))}}function k(e){const t=y(e),n=[]
if("LINEAR"===t){const t=e?.linearConfiguration
n.push(`${t?.stepPercent??c.stepPercent}% more every ${t?.stepBakeTimeInMinutes??c.stepBakeTimeInMinutes} min`)}if("CANARY"===t){const t=e?.canaryConfiguration
n.push(`${t?.canaryPercent??c.canaryPercent}% for ${t?.canaryBakeTimeInMinutes??c.canaryBakeTimeInMinutes} min, then the rest`)}return"ROLLING"!==t&&n.push(`bake time ${e?.bakeTimeInMinutes??"(none)"} min`),n.push(`alarms: ${$(e)}`),`${t} (${n.join("; ")})`}function $(e){const t=e?.alarms
return t?.enable&&t.alarmNames?.length?`${t.alarmNames.join(", ")}${t.rollback?" (rollback on)":" (no rollback)"}`:"none"}const b=[["deployment strategy",y,""],["bake time",e=>e?.bakeTimeInMinutes," min"],["linear step",e=>e?.linearConfiguration?.stepPercent,"%"],["linear step bake time",e=>e?.linearConfiguration?.stepBakeTimeInMinutes," min"],["canary",e=>e?.canaryConfiguration?.canaryPercent,"%"],["canary bake time",e=>e?.canaryConfiguration?.canaryBakeTimeInMinutes," min"],["deployment alarms",$,""]]
function w(e,t){if(!t)return[]
const n=(e,t)=>void 0===e?"(none)":`${e}${t}`
return b.flatMap(([r,o,a])=>{const i=o(e),s=o(t)
return i===s?[]:[`${r}: ${n(i,a)} \u2192 ${n(s,a)}`]})}},8388:(e,t,n)=>{function r(e){return`${e.id} (revision ${o(e.taskDefinition)})`}function o(e){return e?e.split("/").pop()??e:"unknown"}function a(e){return e.filter(e=>("STOPPED"===e.desiredStatus||"STOPPED"===e.lastStatus)&&("UserInitiated"!==e.stopCode&&"SpotInterruption"!==e.stopCode&&"TerminationNotice"!==e.stopCode&&!/^Scaling activity initiated by/i.test(e.stoppedReason??"")))}function i(e,t={}){const n=e.taskArn?.split("/").pop()??"unknown",r=t[n]?`; last target health: ${t[n]}`:"",a=(e.containers??[]).filter(e=>void 0!==e.exitCode||e.reason).map(e=>{const t=void 0!==e.exitCode?`exit code ${e.exitCode}`:"no exit code"
return`container ${e.name}: ${t}${e.reason?` (${e.reason})`:""}`}),i=e.stoppedReason??"no stopped reason",s=e.stopCode?` [${e.stopCode}]`:""
return`task ${n} (${o(e.taskDefinitionArn)}) stopped${s}: ${i}${a.length?`; ${a.join("; ")}`:""}${r}`}function s(e,t){return t&&e.endsWith(".")?e.slice(0,-1)+t:e+t}function u(e,t){const n=[...e].sort((e,t)=>g(t.stoppingAt??t.stoppedAt)-g(e.stoppingAt??e.stoppedAt))[0]
if(!n)return""
const r=(n.containers??[]).find(e=>void 0!==e.exitCode&&0!==e.exitCode)??(n.containers??[]).find(e=>e.reason),o=r?` (container ${r.name}${void 0!==r.exitCode?` exit code ${r.exitCode}`:""}${r.reason&&r.reason!==n.stoppedReason?`: ${r.reason}`:""})`:"",a=t[n.taskArn?.split("/").pop()??""]
return`. Last stopped task: ${n.stoppedReason??"no stopped reason"}${o}${a?`; its target was ${a}`:""}`}function c(e){const t={}
for(const n of l(e.service.events??[])){const e=/\(task ([0-9a-f]+)\).*is unhealthy in \(target-group [^)]*?targetgroup\/([^/)]+)[^)]*\)(?: due to \(reason (.*)\))?/i.exec(n.message??"")
e&&(t[e[1]]=`unhealthy in ${e[2]}${e[3]?` (${e[3]})`:""}`)}return t}function l(e){return[...e].reverse().sort((e,t)=>g(e.createdAt)-g(t.createdAt))}function d(e){const t=new Set
for(const n of e.attachments??[])for(const e of n.details??[])"privateIPv4Address"===e.name&&e.value&&t.add(e.value)
for(const n of e.containers??[])for(const e of n.networkInterfaces??[])e.privateIpv4Address&&t.add(e.privateIpv4Address)
return[...t]}function p(e){return e.split(":").pop()?.split("/")[1]??e}function f(e,t){const n=e.tasks.filter(e=>"RUNNING"===e.lastStatus&&"RUNNING"===e.desiredStatus),r=1e3*(e.service.healthCheckGracePeriodSeconds??0),o={allHealthy:!0,healthy:0,total:0,notHealthy:[],unhealthyPastGrace:[],problemsByTask:{}}
if(0===e.targetGroupArns.length)return o;(e.tasksUnknown?t.runningCount??0:n.length)<(t.desiredCount??0)&&(o.allHealthy=!1)
for(const t of e.targetGroupArns){const a=e.alternateTargetGroups?.[t],i=[t,...a?[a]:[]].flatMap(t=>(e.targets[t]??[]).map(e=>({d:e,group:t})))
if(!(e.targets[t]||a&&e.targets[a])){o.allHealthy=!1
continue}const s=i.map(e=>e.d),u=e=>p(i.find(t=>t.d===e)?.group??t),c=a?`${p(t)} or ${p(a)}`:p(t),l=!e.tasksUnknown&&n.every(e=>d(e).length>0)
for(const t of l?n:[void 0]){const n=t?d(t):[],a=s.filter(e=>t?n.includes(e.Target?.Id??""):"draining"!==e.TargetHealth?.State)
if(t&&0===a.length)o.allHealthy=!1,o.total++,o.notHealthy.push(`task ${t.taskArn?.split("/").pop()} has no target in ${c} yet`)
else for(const n of a){o.total++
const a=n.TargetHealth?.State??"unknown"
if("healthy"===a){o.healthy++
continue}o.allHealthy=!1
const i=[n.TargetHealth?.Reason,n.TargetHealth?.Description].filter(Boolean).join(": "),s=`target ${n.Target?.Id}:${n.Target?.Port} in ${u(n)}: ${a}${i?` (${i})`:""}`
o.notHealthy.push(s)
const c=t?.taskArn?.split("/").pop()
c&&"unhealthy"===a&&(o.problemsByTask[c]=`unhealthy in ${u(n)}${i?` (${i})`:""}`)
const l=t?.startedAt?g(t.startedAt):void 0
"unhealthy"===a&&void 0!==l&&e.now-l>=r&&o.unhealthyPastGrace.push(s)}}}return o}function m(e,t){if(!t)return`deployment ${e.service.deployments?.[0]?.id??"unknown"} not found`
const n=[`desired ${t.desiredCount??0}`,`pending ${t.pendingCount??0}`,`running ${t.runningCount??0}`]
if(t.failedTasks&&n.push(`failed ${t.failedTasks}`),e.targetGroupArns.length>0&&(t.runningCount??0)>0){const r=f(e,t),o=e.targetGroupArns.some(t=>e.targets[t])
n.push(o?`targets ${r.healthy}/${r.total} healthy`:"targets in initial health checks")}n.push(`rollout ${t.rolloutState??"n/a"}`),"PRIMARY"!==t.status&&n.push(`deployment now ${t.status??"unknown"}`)
const r=(e.service.deployments??[]).filter(e=>e.id!==t.id).length
return r&&n.push(`${r} other deployment${r>1?"s":""}`),n.join(" \xb7 ")}function g(e){return void 0===e?0:e instanceof Date?e.getTime():"number"==typeof e?e:Date.parse(e)}function y(e){return(e??[]).filter(e=>"COMPLETED"===e.rolloutState&&e.taskDefinition).sort((e,t)=>g(t.createdAt)-g(e.createdAt))[0]?.taskDefinition}n.d(t,{Bs:()=>m,EY:()=>c,Jo:()=>a,WQ:()=>u,fJ:()=>f,kB:()=>g,nw:()=>l,pC:()=>r,pd:()=>o,pv:()=>y,us:()=>i,wD:()=>s})},1980:(e,t,n)=>{n.d(t,{M:()=>i,p:()=>s})
var r=n(3024),o=n(7268)
const a=/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i
function i(e,t){const n=e.optional(t)
if(void 0!==n){if(!a.test(n))throw new o.dz(e.nameOf(t),`'${n}' is not a full commit id (40 hexadecimal digits, or 64 in a SHA-256 repository)`,"Give the whole SHA of the commit to name, e.g. ${{ github.event.workflow_run.head_sha }}; branches, tags and short SHAs are not resolved")
return n.toLowerCase()}}async function s(e){const t=process.env,n=t.GITHUB_REPOSITORY||"",o=t.GITHUB_SERVER_URL??"https://github.com"
var a
const i=((a=t.GITHUB_EVENT_PATH)&&(0,r.existsSync)(a)?JSON.parse((0,r.readFileSync)(a,"utf8")):{}).repository,s=i?.default_branch||"main",u=t.GITHUB_REF||"",c=u.startsWith("refs/heads/")?u.slice(11):"",l=parseInt(t.GITHUB_RUN_ID??"",10)
return{sha:e??(t.GITHUB_SHA||""),ref:u,repository:n,serverUrl:o,runId:l,runUrl:n&&l?`${o}/${n}/actions/runs/${l}`:"",repositoryUrl:n?`${o}/${n}`:"",defaultBranch:s,onDefaultBranch:""!==c&&c===s}}},6902:(e,t,n)=>{n.d(t,{JL:()=>p,x6:()=>f})
var r=n(4032),o=n(1646)
const a=["privileged","readonlyRootFilesystem","interactive","pseudoTerminal","disableNetworking"],i={interval:30,timeout:5,retries:3,startPeriod:0}
function s(e){if(null==e||""===e)return
const t=String(e).trim(),n=/^(\d+(?:\.\d+)?)\s*(vcpu|gb)$/i.exec(t)
return n?String(Math.round(1024*Number(n[1]))):t}function u(e){const{definition:t}=(0,r.uc)(structuredClone(e)),n=t
delete n.tags,n.networkMode??="bridge"
for(const e of["cpu","memory"]){const t=s(n[e])
void 0===t?delete n[e]:n[e]=t}!1===n.enableFaultInjection&&delete n.enableFaultInjection,Array.isArray(n.requiresCompatibilities)&&(n.requiresCompatibilities=[...n.requiresCompatibilities].sort()),l(n,"volumes",e=>e.name),l(n,"placementConstraints",e=>JSON.stringify(d(e)))
const o=Array.isArray(n.containerDefinitions)?n.containerDefinitions:[]
for(const e of o)c(e,n.networkMode)
return l(n,"containerDefinitions",e=>String(e.name)),d(n)}function c(e,t){e.essential??=!0,0===e.cpu&&delete e.cpu
for(const t of a)!1===e[t]&&delete e[t]
for(const n of Array.isArray(e.portMappings)?e.portMappings:[])n.protocol??="tcp","awsvpc"!==t&&"host"!==t||void 0!==n.hostPort||(n.hostPort=n.containerPort),"bridge"===t&&0===n.hostPort&&delete n.hostPort
for(const t of Array.isArray(e.environment)?e.environment:[])t.value??=""
for(const t of["mountPoints","volumesFrom"])for(const n of Array.isArray(e[t])?e[t]:[])n.readOnly??=!1
e.healthCheck&&(e.healthCheck={...i,...e.healthCheck}),l(e,"environment",e=>e.name),l(e,"secrets",e=>e.name),l(e,"environmentFiles",e=>`${e.type}:${e.value}`),l(e,"ulimits",e=>e.name),l(e,"dependsOn",e=>e.containerName),l(e,"portMappings",e=>`${e.containerPort}/${e.protocol}/${e.name??""}`),l(e,"mountPoints",e=>`${e.containerPath}`),l(e,"extraHosts",e=>`${e.hostname}`)}function l(e,t,n){const r=e[t]
Array.isArray(r)&&(e[t]=[...r].sort((e,t)=>{const r=String(n(e??{})),o=String(n(t??{}))
return r<o?-1:r>o?1:0}))}function d(e){if(null!=e){if(Array.isArray(e)){const t=e.map(d).filter(e=>void 0!==e)
return t.length?t:void 0}if("object"==typeof e){const t=[]
for(const n of Object.keys(e).sort()){const r=d(e[n])
void 0!==r&&t.push([n,r])}return t.length?Object.fromEntries(t):void 0}return e}}function p(e,t){return JSON.stringify(u(e))===JSON.stringify(u(t))}function f(e,t){const n=(0,o.n2)(e?u(e):{},u(t))
return n.changed?(0,o.Vs)(n):[]}}}

