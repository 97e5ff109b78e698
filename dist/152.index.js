export const id=152
export const ids=[152]
export const modules={152:(e,n,i)=>{i.r(n),i.d(n,{prepareRender:()=>B,run:()=>G,runRenderTaskDefinition:()=>V})
var t=i(7598),o=i(3024),r=i(8161),a=i.n(r),s=i(6760),c=i.n(s),f=i(6058),m=i(8795),l=i(8293),u=i(1662),d=i(4114),g=i(1119),v=i(1646),p=i(7268)
var h=i(7447),k=i(4538)
const w={taskDefinition:"task-definition",taskDefinitionArn:"task-definition-arn",taskDefinitionFamily:"task-definition-family",taskDefinitionRevision:"task-definition-revision",containerName:"container-name",image:"image",images:"images",environmentVariables:"environment-variables",environmentVariablesMode:"environment-variables-mode",envFiles:"env-files",secrets:"secrets",logDriver:"log-configuration-log-driver",logOptions:"log-configuration-options",dockerLabels:"docker-labels",command:"command",taskRoleArn:"task-role-arn",executionRoleArn:"execution-role-arn",cpu:"cpu",memory:"memory",awsRegion:"aws-region"},y={taskDefinition:"task-definition"},$={action:"render-task-def",known:Object.values(w),reference:{repository:"aws-actions/amazon-ecs-render-task-definition",inputs:{},outputs:{}}},b=["awslogs","fluentd","gelf","json-file","journald","logentries","splunk","syslog","awsfirelens"]
function O(e){const n=w,i=function(e){const n=w,i=e.optional(n.taskDefinition),t=e.optional(n.taskDefinitionArn),o=e.optional(n.taskDefinitionFamily),r=e.integer(n.taskDefinitionRevision,{min:1}),a=e.region(n.awsRegion,{required:!1})
if(void 0!==r&&!o)throw new p.dz(e.nameOf(n.taskDefinitionRevision),"needs task-definition-family","Set task-definition-family too, or give the full revision ARN in task-definition-arn")
if(void 0!==t&&!(0,h.tP)(t))throw new p.dz(e.nameOf(n.taskDefinitionArn),`'${U(t)}' is not a task definition ARN`,"Use arn:aws:ecs:<region>:<account>:task-definition/<family>:<revision>")
if(void 0!==o&&!(0,h.pK)(o))throw new p.dz(e.nameOf(n.taskDefinitionFamily),`'${U(o)}' is not a task definition family`,"A family has up to 255 letters, digits, hyphens and underscores; give the revision in task-definition-revision")
if(i){return{source:{kind:"file",path:i},ignored:[t&&n.taskDefinitionArn,o&&n.taskDefinitionFamily].filter(Boolean).map(n=>e.nameOf(n))}}if(!t&&!o)throw new p.dz(e.nameOf(n.taskDefinition),"no task definition given","Set task-definition to a JSON or YAML file, or task-definition-arn or task-definition-family to start from a registered revision")
a||e.region(n.awsRegion)
return t?{source:{kind:"ecs",arn:t,region:a},ignored:o?[e.nameOf(n.taskDefinitionFamily)]:[]}:{source:{kind:"ecs",family:o,revision:r,region:a},ignored:[]}}(e),t=e.commaList(n.containerName)
for(const i of t)D(e,n.containerName,i)
const o=e.optional(n.image),r=function(e,n,i){const t=w,o=e.raw(t.images)?e.keyValues(t.images):[]
if(void 0!==i&&o.length)throw new p.dz(e.nameOf(t.images),"is set together with image","Use either container-name + image, or images with one container=image line per container")
void 0!==i&&R(e,t.image,i)
const r=[]
if(void 0!==i)for(const o of n.length?n:[""])r.push({container:o,image:i,input:e.nameOf(t.containerName)})
const a=new Map
for(const{key:n,value:i,line:s}of o){if(D(e,t.images,n),a.has(n))throw new p.dz(e.nameOf(t.images),`line ${s}: container '${n}' is already on line ${a.get(n)}`,"Give each container once")
a.set(n,s),R(e,t.images,i.trim(),s),r.push({container:n,image:i.trim(),input:e.nameOf(t.images)})}return r}(e,t,o),a=e.raw(n.environmentVariables)?e.keyValues(n.environmentVariables).map(({key:e,value:n})=>({name:e,value:n})):void 0,s=e.choice(n.environmentVariablesMode,["merge","replace"],"merge"),c=(0,u.uz)(e.raw(n.envFiles))
for(const{text:i,line:t}of c)if(!(0,h.X6)(i))throw new p.dz(e.nameOf(n.envFiles),`line ${t} '${U(i)}' is not an S3 object ARN`,"Write one ARN per line, like arn:aws:s3:::my-bucket/prod.env")
const f=e.raw(n.secrets)?e.keyValues(n.secrets).map(({key:i,value:t,line:o})=>{const r=t.trim()
if(!r)throw new p.dz(e.nameOf(n.secrets),`line ${o}: secret '${i}' has no valueFrom`,"Write NAME=<Secrets Manager or SSM Parameter Store ARN>")
return{name:i,valueFrom:r}}):void 0,m=e.optional(n.logDriver)
if(void 0!==m&&!b.includes(m))throw new p.dz(e.nameOf(n.logDriver),`'${m}' is not a log driver ECS supports`,`Use one of: ${b.join(", ")}`)
return{source:i.source,ignoredSources:i.ignored,images:r,containers:t,containerNameInput:e.nameOf(n.containerName),environment:a,environmentMode:s,environmentFiles:c.length?c.map(e=>e.text):void 0,secrets:f,logDriver:m,logOptions:A(e,n.logOptions),dockerLabels:A(e,n.dockerLabels),command:S(e,n.command),taskRoleArn:N(e,n.taskRoleArn),executionRoleArn:N(e,n.executionRoleArn),cpu:x(e,n.cpu,z),memory:x(e,n.memory,F)}}function D(e,n,i){if(!(0,h.pK)(i))throw new p.dz(e.nameOf(n),`'${U(i)}' is not a container name`,"Container names have letters, digits, hyphens and underscores")}function R(e,n,i,t){const o=(0,k.iY)(i)
if(o)throw new p.dz(e.nameOf(n),`${t?`line ${t}: `:""}'${U(i)}' is not an image reference (it ${o})`,"Use repository[:tag][@sha256:digest], e.g. public.ecr.aws/a1b2c3d4/web-ui-client:sha-1234567")}function A(e,n){if(e.raw(n))return Object.fromEntries(e.keyValues(n).map(({key:e,value:n})=>[e,n]))}function N(e,n){const i=e.optional(n)
if(void 0!==i&&!(0,h.GW)(i))throw new p.dz(e.nameOf(n),`'${U(i)}' is not an IAM role ARN`,"Use arn:aws:iam::<12-digit account>:role/<role name>")
return i}function S(e,n){const i=e.raw(n)
if(i)try{return function(e){const n=e.trim()
if(n.startsWith("[")){let e
try{e=JSON.parse(n)}catch(e){throw new Error(`is not a valid JSON array: ${e.message}`)}if(!Array.isArray(e)||!e.every(e=>"string"==typeof e))throw new Error("is a JSON array, but not of strings only")
return e}const i=[]
let t="",o=!1
for(let e=0;e<n.length;e++){const r=n[e]
if(/\s/.test(r))o&&i.push(t),t="",o=!1
else if("'"===r){const i=n.indexOf("'",e+1)
if(i<0)throw new Error(`has an unterminated ' quote at column ${e+1}`)
t+=n.slice(e+1,i),o=!0,e=i}else if('"'===r){let i=e+1
for(;i<n.length&&'"'!==n[i];i++)"\\"!==n[i]||'"'!==n[i+1]&&"\\"!==n[i+1]||i++,t+=n[i]
if(i>=n.length)throw new Error(`has an unterminated " quote at column ${e+1}`)
o=!0,e=i}else"\\"===r&&e+1<n.length?(t+=n[++e],o=!0):(t+=r,o=!0)}return o&&i.push(t),i}(i)}catch(i){throw new p.dz(e.nameOf(n),i.message,'Quote arguments with spaces ("a b"), or give a JSON array of strings')}}const z={parse:function(e){const n=/^(\d+)$/.exec(e)
if(n)return Number(n[1])>0?String(Number(n[1])):void 0
const i=/^(\d+(?:\.\d+)?|\.\d+)\s*vcpu$/i.exec(e)
if(!i)return
const t=1024*Number(i[1])
return Number.isInteger(t)&&t>0?String(t):void 0},is:"a CPU size",hint:"Use CPU units (256, 1024) or vCPU (0.25 vCPU, 1 vCPU)"},F={parse:function(e){const n=/^(\d+)(?:\s*mi?b)?$/i.exec(e)
if(n)return Number(n[1])>0?String(Number(n[1])):void 0
const i=/^(\d+(?:\.\d+)?|\.\d+)\s*gi?b$/i.exec(e)
if(!i)return
const t=1024*Number(i[1])
return Number.isInteger(t)&&t>0?String(t):void 0},is:"a memory size",hint:"Use MiB (512, 2048) or GB (1 GB, 0.5 GB)"}
function x(e,n,i){const t=e.optional(n)
if(void 0===t)return
const o=i.parse(t)
if(!o)throw new p.dz(e.nameOf(n),`'${U(t)}' is not ${i.is}`,i.hint)
return o}function U(e){return e.length>60?`${e.slice(0,57)}...`:e}var C=i(6077),M=i(4032)
function j(e,n){if(!Array.isArray(e.containerDefinitions))throw new p.lZ("The task definition has no containerDefinitions array; a task definition lists its containers there")
const i=(0,M.uc)(e),t=i.definition,o=structuredClone(t)
!function(e){for(const n of["cpu","memory"])"number"==typeof e[n]&&Number.isInteger(e[n])&&(e[n]=String(e[n]))}(o)
const r=o.containerDefinitions??[]
o.containerDefinitions=r
for(const e of n.containers)E(r,e,n.containerNameInput)
for(const{container:e,image:i,input:t}of n.images)E(r,e,e?t:n.containerNameInput).image=i
if(function(e){return[e.environment,e.environmentFiles,e.secrets,e.logDriver,e.logOptions,e.dockerLabels,e.command].some(e=>void 0!==e)}(n)){const e=n.containers.length?n.containers:[""]
for(const i of e)I(E(r,i,n.containerNameInput),n)}return n.taskRoleArn&&(o.taskRoleArn=n.taskRoleArn),n.executionRoleArn&&(o.executionRoleArn=n.executionRoleArn),n.cpu&&(o.cpu=n.cpu),n.memory&&(o.memory=n.memory),{definition:o,changes:(0,v.n2)(t,o),removed:i.removed}}function E(e,n,i){const t=e.map(e=>String(e?.name))
if(!n){if(1===e.length)return e[0]
throw new p.dz(i,`is needed: the task definition has ${e.length} containers (${t.join(", ")||"none"})`,"Name the container(s) to update, comma-separated")}const o=e.find(e=>e?.name===n)
if(!o)throw new p.dz(i,`no container named '${n}' in the task definition`,`Its containers are: ${t.join(", ")||"(none)"}`)
return o}function I(e,n){if(n.command&&(e.command=[...n.command]),n.environmentFiles&&(e.environmentFiles=n.environmentFiles.map(e=>({value:e,type:"s3"}))),n.environment&&(e.environment="replace"===n.environmentMode?L([],n.environment,"value"):L(e.environment,n.environment,"value")),n.secrets){const i=n.secrets.map(({name:e,valueFrom:n})=>({name:e,value:n}))
e.secrets=L(e.secrets,i,"valueFrom")}if(n.logDriver||n.logOptions){const i={...e.logConfiguration??{}}
n.logDriver&&(i.logDriver=n.logDriver),n.logOptions&&(i.options={...i.options??{},...n.logOptions}),e.logConfiguration=i}n.dockerLabels&&(e.dockerLabels={...e.dockerLabels??{},...n.dockerLabels})}function L(e,n,i){const t=Array.isArray(e)?e.map(e=>({...e})):[]
for(const{name:e,value:o}of n){const n=t.find(n=>n?.name===e)
n?n[i]=o:t.push({name:e,[i]:o})}return t}var P=i(2311)
async function V(e){const{result:n,base:i}=await B(e),r=function(e,n=process.env.RUNNER_TEMP||a().tmpdir()){const i=function(e){return`${JSON.stringify(e,null,2)}\n`}(e),r=(0,t.createHash)("sha256").update(i).digest("hex").slice(0,12),s=String(e.family??"task-definition").replace(/[^A-Za-z0-9_-]/g,"_");(0,o.mkdirSync)(n,{recursive:!0})
const f=c().join(n,`${s}-${r}.json`)
return(0,o.writeFileSync)(f,i),f}(n.definition)
f.uH(y.taskDefinition,r)
const s=(0,v.Vs)(n.changes)
m.Rm.info(`Rendered ${n.definition.family} from ${i.source} to ${r}`)
for(const e of s)m.Rm.info(`  ${e}`)
return await(0,g.Sy)({title:`Task definition ${n.definition.family}`,facts:[["Base",i.source],["Rendered file",`${c().basename(r)} (in RUNNER_TEMP; the step's task-definition output)`],["Containers changed",n.changes.containers.map(e=>e.name).join(", ")||"none"],...n.removed.length?[["Removed",n.removed.join(", ")]]:[]],details:[{heading:"Changes (environment and secret values are not shown)",lines:s.map(e=>`- ${e}`)}]}),{...n,file:r,source:i.source}}async function B(e){const n=O(e)
for(const i of n.ignoredSources)m.Rm.warning(`Input '${i}' is ignored: ${e.nameOf(w.taskDefinition)} (a file) is given and a file wins`)
const i=await async function(e,n){const{source:i}=e
if("file"===i.kind){const e=await(0,C.bs)(n.nameOf(w.taskDefinition),i.path)
return{...e,source:c().relative(process.env.GITHUB_WORKSPACE||process.cwd(),e.document.file)||i.path}}const t=await(0,l.DJ)({region:i.region}),o=await(0,C.bK)(t,{...i,input:n.nameOf(i.arn?w.taskDefinitionArn:w.taskDefinitionFamily)})
return{definition:o.definition,tags:o.tags,source:o.arn}}(n,e),t=j(i.definition,n)
return i.tags.length&&void 0===t.definition.tags&&(t.definition.tags=i.tags),(0,P.rw)(t.definition,{input:e.nameOf(w.taskDefinition),document:i.document,origin:i.source}),{settings:n,base:i,result:t}}function G(){return(0,d.C)(async()=>{await V(u.G0.forAction($))})}}}

