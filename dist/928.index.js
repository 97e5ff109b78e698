export const id=928
export const ids=[928]
export const modules={3928:(e,t,n)=>{n.d(t,{executeDeploy:()=>U})
var o=n(8795),i=n(8388),a=n(7268),s=n(6902),r=n(5016),l=n(5745),c=n(5257),d=n(8293),p=n(8493),u=n(7447),y=n(4056),f=n(6077),m=n(927),h=n(4902),w=n(9626),g=n(5448)
const v="The family's latest revision cannot be read, so unchanged detection (skip-unchanged) is off: a new revision is registered, and the changes against the running one are not listed"
async function k(e,t){const i=t.ecs,s=t.warn??l.mc,c=e.taskDefinition,u=[],y=[],[f,k]=await Promise.allSettled([e.service?C(i,e,e=>u.push(e)):void 0,b(i,c,e=>y.push(e))])
for(const e of u)s(e)
const A=D(f)
for(const t of A?(0,w.o4)(e.strategy,A,e.inputNames):[])s(t)
for(const e of y)s(e)
const{definition:S,givenArn:E,latest:I,latestUnreadable:R}=D(k),P="definition"===c.kind?c.tags:[],N=(0,g.nr)({fileTags:P,provenance:e.provenanceTags?t.provenance:void 0,userTags:e.tags}),L=Object.values(m.ft),M=0===e.tags.length&&P.every(e=>L.includes(e.key)),O=(0,g.aq)({definition:S,givenArn:E,latest:I,latestUnreadable:R,skipUnchanged:e.skipUnchanged,tags:N,keepNullValueKeys:e.keepNullValueKeys}),G=R?void 0:(await $(()=>async function(e,t,n){return t?.taskDefinition?n&&n.arn===t.taskDefinition?n:(0,r.M7)(e,{arn:t.taskDefinition},"service"):n}(i,A,I),e=>s((0,l.u5)(e,v)))).value,F=A&&await async function(e,t,i,s){const r=e.inputNames
if("EXTERNAL"===i.deploymentController)throw new a.dz(r.service,`service '${i.name}' uses the EXTERNAL deployment controller, whose revisions are deployed as task sets (CreateTaskSet); this action, like aws-actions/amazon-ecs-deploy-task-definition, deploys ECS and CODE_DEPLOY services only`,"Deploy it with the tool that manages its task sets, or give a service with the ECS or CODE_DEPLOY controller")
if("CODE_DEPLOY"!==i.deploymentController)return
const l=await(0,p.u0)(r.codeDeployAppSpec,e.codeDeploy.appSpec),[c]=(0,T.RZ)(l.data,s)
if(c)throw(0,p.aH)(r.codeDeployAppSpec,l,c.at,c.problem)
const u=[void 0!==e.desiredCount&&r.desiredCount,void 0!==e.enableEcsManagedTags&&r.enableEcsManagedTags,void 0!==e.propagateTags&&r.propagateTags].filter(Boolean)
u.length&&o.Rm.warning(`${u.join(", ")}: not applied to service ${i.name}, whose deployment controller is CODE_DEPLOY (as with aws-actions/amazon-ecs-deploy-task-definition); set them on the service`)
const{application:y,deploymentGroup:f}=(0,T.zr)(e.codeDeploy,{cluster:e.cluster,service:i.name})
if(!t.codeDeploy)throw new a.lZ("No CodeDeploy client was given for a CODE_DEPLOY service")
const m=await t.codeDeploy(),h=await t.codeDeploy({maxAttempts:1}),{GetDeploymentGroupCommand:w}=await Promise.all([n.e(279),n.e(861),n.e(507)]).then(n.t.bind(n,7507,19))
let g
try{g=(await m.send(new w({applicationName:y,deploymentGroupName:f}))).deploymentGroupInfo}catch(t){throw function(e,t,n){const o=e?.name,i=t.codeDeploy
return"ApplicationDoesNotExistException"===o?new a.dz(t.inputNames.codeDeployApplication,`CodeDeploy application '${n.application}' does not exist in ${t.region}`,i.application?"Check the name and aws-region":"None was given, so the default AppECS-<cluster>-<service> was used; give the application's name"):"DeploymentGroupDoesNotExistException"===o?new a.dz(t.inputNames.codeDeployDeploymentGroup,`CodeDeploy application '${n.application}' has no deployment group '${n.deploymentGroup}'`,i.deploymentGroup?"Check the name":"None was given, so the default DgpECS-<cluster>-<service> was used; give the deployment group's name"):void 0}(t,e,{application:y,deploymentGroup:f})??(0,d.es)(t,`reading CodeDeploy deployment group ${f}`)}const v=e.cluster.split("/").pop(),k=g?.ecsServices?.some(e=>e.serviceName===i.name&&e.clusterName===v)
if(!g||"ECS"!==g.computePlatform||!k){const e=g?.ecsServices?.map(e=>`${e.serviceName} in ${e.clusterName}`).join(", ")
throw new a.dz(r.codeDeployDeploymentGroup,`CodeDeploy deployment group '${f}' of application '${y}' does not deploy service ${i.name} in cluster ${v}${e?` (it deploys ${e})`:""}`,"Give the deployment group that deploys this service")}const $=g.lastAttemptedDeployment
if($?.deploymentId&&(0,T.No)($.status))throw new a.lZ(`CodeDeploy deployment group '${f}' already has an active deployment ${$.deploymentId} (${$.status}): CodeDeploy runs one at a time. Wait for it to finish, or stop it (${(0,T.bf)(e.region,$.deploymentId)}), then run this step again`)
const D=g.blueGreenDeploymentConfiguration
return{application:y,deploymentGroup:f,appSpec:l,autoRollback:!0===g.autoRollbackConfiguration?.enabled&&(g.autoRollbackConfiguration.events??[]).includes("DEPLOYMENT_FAILURE"),readyWaitMinutes:D?.deploymentReadyOption?.waitTimeInMinutes??0,terminationWaitMinutes:D?.terminateBlueInstancesOnDeploymentSuccess?.terminationWaitTimeInMinutes??0,lastAttempted:$?.deploymentId,client:m,singleAttempt:h}}(e,t,A,S),U=e.runTask?(0,h.O9)(e.runTask,{cluster:e.cluster,definition:S,service:A,enableEcsManagedTags:e.enableEcsManagedTags}):void 0
return{service:A,definition:S,latest:I,tags:N,onlyProvenanceTags:M,choice:O,before:G,codeDeploy:F,runTask:U}}async function $(e,t){try{return{value:await e(),denied:!1}}catch(e){const n=(0,l.WI)(e)
if(!n)throw e
return t(n),{denied:!0}}}function D(e){if("rejected"===e.status)throw e.reason
return e.value}async function b(e,t,n){if("arn"===t.kind){const n=await(0,f.bK)(e,{arn:t.arn,input:t.input})
if(n.definition.status&&"ACTIVE"!==n.definition.status)throw new a.dz(t.input,`${(0,i.pd)(n.arn)} is ${n.definition.status}`,"Deploy an ACTIVE revision; ECS starts no new tasks from a deregistered one")
const[o]=(0,g.yR)(n.definition)
if(o)throw new a.dz(t.input,`${(0,i.pd)(n.arn)}: container '${o.container}': image ${o.problem}`)
return{definition:n.definition,givenArn:n.arn,latestUnreadable:!1}}const o=t.definition,s=await $(()=>(0,r.M7)(e,{family:o.family},"task-definition"),e=>n((0,l.u5)(e,v)))
return{definition:o,latest:s.value,latestUnreadable:s.denied}}async function C(e,t,o=l.mc){let i
const s=`in cluster '${t.cluster}' (${t.region})`
try{i=await(0,r.uS)(e,t)}catch(i){if("ClusterNotFoundException"===i.name)throw await async function(e,t,o){const{DescribeClustersCommand:i}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19))
let s
try{s=await e.send(new i({clusters:[t.cluster]}))}catch(e){const n=(0,l.WI)(e)
if(n)return void o((0,l.u5)(n,"The cluster's state cannot be read to say why it was not found"))
throw(0,d.es)(e,`describing cluster ${t.cluster}`)}const r=s.clusters?.[0]
if(!r||"ACTIVE"!==r.status){const e=r?`is ${r.status}`:`does not exist (${s.failures?.[0]?.reason??"MISSING"})`
throw new a.dz(t.inputNames.cluster,`cluster '${t.cluster}' ${e} in ${t.region}`,"Check the cluster name and aws-region")}}(e,t,o),new a.dz(t.inputNames.cluster,`cluster '${t.cluster}' does not exist in ${t.region}`,"Check the cluster name and aws-region")
throw(0,d.es)(i,`describing service ${t.service}`)}const c=i.found
if(!c)throw new a.dz(t.inputNames.service,`service '${t.service}' was not found ${s} (${i.missing})`,"Check the service and cluster names; leave service empty to register the task definition only")
if("ACTIVE"!==c.status)throw new a.dz(t.inputNames.service,`service '${t.service}' is ${c.status} ${s}`,"Only an ACTIVE service can be updated; create it again or deploy to another one")
return{arn:c.serviceArn??"",name:c.serviceName??t.service,status:c.status,taskDefinition:c.taskDefinition??"",desiredCount:c.desiredCount??0,enableECSManagedTags:c.enableECSManagedTags,propagateTags:c.propagateTags,deploymentController:c.deploymentController?.type??"ECS",deployments:(c.deployments??[]).map(e=>({id:e.id??"",status:e.status??"",taskDefinition:e.taskDefinition??"",rolloutState:e.rolloutState})),launchType:c.launchType,capacityProviderStrategy:c.capacityProviderStrategy?.map(e=>({capacityProvider:e.capacityProvider??"",weight:e.weight,base:e.base})),awsvpcConfiguration:c.networkConfiguration?.awsvpcConfiguration,deploymentConfiguration:c.deploymentConfiguration,loadBalancers:c.loadBalancers}}var T=n(4301),A=n(4730)
async function S(e,t,n){const o=t.single??t.retrying,i=t.single?await t.retrying.config.maxAttempts():1,s=e.sleep??(r=e.signal,e=>new Promise(t=>{const n=()=>{clearTimeout(o),r?.removeEventListener("abort",n),t()},o=setTimeout(n,e)
r?.addEventListener("abort",n,{once:!0})}))
var r
for(let t=1;;t++)try{return await n.send(o)}catch(o){if(o instanceof a.lZ)throw o
if(!(0,d.Sc)(o))throw(0,d.es)(o,n.doing)
const r=t>=i,l=await n.recover(o).catch(e=>r?void 0:Promise.reject(e))
if(void 0!==l)return l
if(r)throw(0,d.es)(o,n.doing);(0,c.Fn)(e.signal)
const p=/Throttl/i.test(o.name??"")?500:100
await s(Math.random()*Math.min(2e4,p*2**t)),(0,c.Fn)(e.signal)}}function E(e,t,n,o){return t.taskDefinition!==n||o?[`CodeDeploy blue/green deployment (${e.application} / ${e.deploymentGroup}): ${(0,i.pd)(t.taskDefinition)} \u2192 ${(0,i.pd)(n)}`]:[]}async function I(e,t,o,s,r,l){const d=r.deployedTaskDefinitionArn
if(r.serviceChanges=E(o,s,d,e.forceNewDeployment),0===r.serviceChanges.length)return void l(`Service ${e.service} already runs ${(0,i.pd)(d)}: no CodeDeploy deployment`);(0,c.Fn)(t.signal)
const p=await async function(e,t,o,i,s){const{CreateDeploymentCommand:r,GetDeploymentGroupCommand:l}=await Promise.all([n.e(279),n.e(861),n.e(507)]).then(n.t.bind(n,7507,19)),c=(0,T.uo)(o.appSpec.data,i),d={applicationName:o.application,deploymentGroupName:o.deploymentGroup},p=async e=>{const t=await R(o.client,e)
return(0,T.AR)(void 0,{deploymentId:e,...t.revision?.appSpecContent},c)},u=await S(t,{single:o.singleAttempt,retrying:o.client},{doing:`creating a CodeDeploy deployment in ${o.application} / ${o.deploymentGroup}`,send:async t=>{try{const n=await t.send(new r({...d,revision:{revisionType:"AppSpecContent",appSpecContent:c},description:e.codeDeploy.description,deploymentConfigName:e.codeDeploy.deploymentConfig}))
if(!n.deploymentId)throw new a.lZ("CreateDeployment returned no deployment id")
return n.deploymentId}catch(e){const t="DeploymentLimitExceededException"===e.name?(0,T.ql)(e.message):void 0
if(t&&await p(t))return s(`CodeDeploy already runs deployment ${t} of this revision (an earlier attempt's answer was lost); using it`),t
throw e}},recover:async e=>{const t=await o.client.send(new l(d)),n=t.deploymentGroupInfo?.lastAttemptedDeployment?.deploymentId
if(n&&n!==o.lastAttempted&&await p(n))return s(`CreateDeployment failed (${e.name}: ${e.message}), but CodeDeploy had created deployment ${n} before its answer was lost; using it`),n}})
return s(`CodeDeploy deployment ${u} started. Watch it in the CodeDeploy console: ${(0,T.bf)(e.region,u)}`),u}(e,t,o,d,l)
r.deploymentId=p,r.serviceUpdated=!0,r.codeDeploy={application:o.application,deploymentGroup:o.deploymentGroup,deploymentId:p,consoleUrl:(0,T.bf)(e.region,p),status:"Created"}}async function R(e,t){const{GetDeploymentCommand:o}=await Promise.all([n.e(279),n.e(861),n.e(507)]).then(n.t.bind(n,7507,19))
try{return(await e.send(new o({deploymentId:t}))).deploymentInfo??{}}catch(e){throw(0,d.es)(e,`reading CodeDeploy deployment ${t}`)}}const P={now:()=>Date.now(),sleep:(e,t)=>new Promise(n=>{const o=setTimeout(n,e)
t?.addEventListener("abort",()=>(clearTimeout(o),n()),{once:!0})})}
async function N(e,t,n){const{clock:o,signal:i,log:a}=n,s=o.now()
let r=""
for(;;){const l=await R(e,t)
l.status&&l.status!==r&&(r=l.status,a(`CodeDeploy deployment ${t}: ${r}`))
const c=(0,T.y8)(l)
if("waiting"!==c.state)return c
if(i?.aborted)return{state:"cancelled",status:r}
const d=o.now()-s
if(d>=n.timeoutMs)return{state:"timeout",status:r}
const p=d<18e4?2e3:d<6e5?5e3:15e3
await o.sleep(Math.min(p,n.timeoutMs-d),i)}}var L=n(7732)
function M(e){return{single:e.ecsSingleAttempt,retrying:e.ecs}}async function O(e,t,o,s,r){const{choice:d,definition:p,latest:u,service:y}=o
let f
if((0,c.Fn)(t.signal),"register"===d.action){let e=o.tags
const n={definition:p,before:u?.arn,log:r}
try{f=await G(t,d.request,n)}catch(i){const s=(0,l.WI)(i)
if("ecs:TagResource"!==s?.action||!e.length)throw i
const r=e.map(e=>e.key).join(", ")
if(!o.onlyProvenanceTags)throw new a.lZ(`Registering task definition family ${d.request.family} with tags ${r} (the tags input, or the task definition file's tags) was refused: ${(0,l.jj)(s)}, or remove those tags. Nothing was registered`,{},{cause:i});(t.warn??l.mc)((0,l.u5)(s,`The revision is registered without the provenance tags (${r}), which trace it to this run`)),(0,c.Fn)(t.signal)
const{tags:p,...u}=d.request
f=await G(t,u,n),e=[]}s.registered=!0,r(`Registered ${(0,i.pd)(f)}${e.length?` with tags ${e.map(e=>e.key).join(", ")}`:""}`)}else f=d.arn,r(`Deploying ${(0,i.pd)(f)} (${d.reason}); nothing registered`)
if(s.taskDefinitionArn=f,s.deployedTaskDefinitionArn=f,o.runTask&&await async function(e,t,o,a,s,r){const{RunTaskCommand:l,DescribeTasksCommand:c}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19)),d=o.service
await(0,h.Uo)({runTask:e=>S(t,M(t),{doing:`running one-off task of ${(0,i.pd)(s)}`,send:async t=>{const n=await t.send(new l(e))
return{tasks:n.tasks??[],failures:n.failures??[]}},recover:async()=>{}}),describeTasks:async(e,n)=>(await t.ecs.send(new c({cluster:e,tasks:n}),{abortSignal:t.signal})).tasks??[],signal:t.signal,log:r},o.runTask,{taskDefinitionArn:s,definition:o.definition,region:e.region,timeoutMs:e.waitTimeoutMs,untouched:d?`service ${e.service} was not updated (it still runs ${(0,i.pd)(d.taskDefinition)})`:"no service given",started:e=>{a.runTaskArns=e}})}(e,t,o,s,f,r),y){if(o.codeDeploy)return I(e,t,o.codeDeploy,y,s,r)
s.serviceChanges=(0,g.TJ)(y,(0,L.R)(e),f),s.serviceChanges.length>0?((0,c.Fn)(t.signal),s.deploymentId=await async function(e,t,o,s,r){const{UpdateServiceCommand:l}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19)),c=s.deployments.map(e=>e.id)
return S(e,M(e),{doing:`updating service ${t.service} to ${(0,i.pd)(o)}`,send:async e=>{const n=await e.send(new l((0,g.a0)((0,L.R)(t),o,s.deploymentConfiguration))),i=(0,g.xr)(n.service?.deployments)
if(!i)throw new a.lZ(`UpdateService on ${t.service} returned no PRIMARY deployment`)
return i},recover:async n=>{const i=await C(e.ecs,t),a=(0,g.Hd)(c,i.deployments,o)
return a&&r(`UpdateService failed (${n.name}: ${n.message}), but ECS had started deployment ${a} before its answer was lost; using it`),a}})}(t,e,f,y,r),s.serviceUpdated=!0,r(`Updated service ${e.service}: deployment ${s.deploymentId} started`)):(s.deploymentId=(0,g.xr)(y.deployments)??"",r(`Service ${e.service} already runs ${(0,i.pd)(f)} and nothing else changes: UpdateService skipped`))}}async function G(e,t,o){const{RegisterTaskDefinitionCommand:c}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19))
return S(e,M(e),{doing:`registering task definition family ${t.family}`,send:async e=>{const n=await e.send(new c(t)),o=n.taskDefinition?.taskDefinitionArn
if(!o)throw new a.lZ("RegisterTaskDefinition returned no task definition ARN")
return o},recover:async n=>{let a
try{a=await(0,r.M7)(e.ecs,{family:String(t.family)},"task-definition")}catch(t){const n=(0,l.WI)(t)
if(!n)throw t
return void(e.warn??l.mc)((0,l.u5)(n,"Whether a RegisterTaskDefinition whose answer was lost took effect cannot be checked; registering again may leave an identical extra revision"))}if(a&&a.arn!==o.before&&(0,s.JL)(o.definition,a.definition))return o.log(`RegisterTaskDefinition failed (${n.name}: ${n.message}), but ECS had registered ${(0,i.pd)(a.arn)} before its answer was lost; using it`),a.arn}})}async function F(e,t,o,s,r){const l=o.deployedTaskDefinitionArn,p=t.waiter??await async function(){const[{waitForDeployment:e},{rollbackService:t}]=await Promise.all([Promise.all([n.e(279),n.e(861),n.e(212),n.e(586),n.e(964),n.e(283)]).then(n.bind(n,3964)),Promise.all([n.e(279),n.e(861),n.e(212),n.e(586),n.e(964),n.e(101)]).then(n.bind(n,2482))])
return{waitForDeployment:e,rollbackService:t}}(),u=await t.elb(),f={ecs:t.ecs,elb:u,cluster:e.cluster,service:e.service,deploymentId:o.deploymentId||void 0,timeoutMs:e.waitTimeoutMs,signal:t.signal,clock:t.clock,log:t.log,warn:t.warn,pacing:void 0===e.waitMaxDelayMs?void 0:{maxDelayMs:e.waitMaxDelayMs}}
let m
try{m=await p.waitForDeployment(f)}catch(e){const t=e instanceof a.lZ?e.message:(0,d.es)(e,"waiting").message,n=`Could not tell whether deployment ${o.deploymentId} of ${(0,i.pd)(l)} became healthy: ${t}. Not rolled back: the state of the service could not be read`
throw new A.P(n,s("failed",n))}if(o.wait=m,m.healthy)return s("healthy",`Deployment ${m.deploymentId} of ${(0,i.pd)(l)} is healthy`)
for(const e of m.details)r(e)
const h=`Deployment ${m.deploymentId||o.deploymentId} of ${(0,i.pd)(l)} did not become healthy: ${m.reason}`,w=(0,y.Tw)(m,{rollbackOnFailure:e.rollbackOnFailure,deployedTaskDefinitionArn:l,candidates:[o.previousTaskDefinitionArn||void 0],cancelled:t.signal?.aborted})
if("follow-ecs-rollback"===w.action&&w.ended){o.rolledBack="ROLLBACK_SUCCESSFUL"===w.ended,o.taskDefinitionArn=m.taskDefinitionArn||o.previousTaskDefinitionArn
const e="ROLLBACK_SUCCESSFUL"===w.ended?`The service runs ${(0,i.pd)(o.taskDefinitionArn)} again`:"ECS could not roll it back either (ROLLBACK_FAILED)"
throw new A.P(`${h}. ${e}; not rolled back a second time`,s("rolled-back-by-ecs",h))}if("follow-ecs-rollback"===w.action){r(`ECS's deployment circuit breaker is rolling the service back to ${(0,i.pd)(m.taskDefinitionArn)}; following it`)
const e=await p.waitForDeployment({...f,deploymentId:void 0})
o.rollback={toTaskDefinitionArn:e.taskDefinitionArn,deploymentId:e.deploymentId,updated:!1,wait:e},o.rolledBack=!0,o.taskDefinitionArn=e.taskDefinitionArn||m.taskDefinitionArn||o.previousTaskDefinitionArn
const t=`${(0,i.pd)(o.taskDefinitionArn)} (deployment ${e.deploymentId})`,n=e.healthy?"which is healthy again":`which is not healthy either: ${e.reason}`
throw new A.P(`${h}. ECS's deployment circuit breaker rolled the service back to ${t}, ${n}; not rolled back a second time`,s("rolled-back-by-ecs",h))}if("none"===w.action)throw o.taskDefinitionArn=m.taskDefinitionArn||l,new A.P(`${h}. Not rolled back: ${w.why}`,s("failed",h))
const g=w.toTaskDefinitionArn
let v
r(`Rolling back service ${e.service} to ${(0,i.pd)(g)}`)
try{v=await p.rollbackService({...f,deploymentId:void 0,toTaskDefinitionArn:g})}catch(e){const n=(0,c.tK)(t.signal)?void 0:e instanceof a.lZ?e.message:(0,d.es)(e,"rolling back").message
throw new A.P(n?`${h}. Rolling back to ${(0,i.pd)(g)} failed too: ${n}`:`${h}. Not rolled back: the step was cancelled before the rollback could start`,s("failed",h))}throw function(e,t,n,o,a,s){t.rollback=n,t.rolledBack=!0,t.taskDefinitionArn=n.toTaskDefinitionArn
const r=n.stoppedServiceDeployment?`${(0,i.pd)(n.toTaskDefinitionArn)} (ECS rolled back service deployment ${n.deploymentId}: StopServiceDeployment)`:`${(0,i.pd)(n.toTaskDefinitionArn)} (deployment ${n.deploymentId})`
if("cancelled"===n.wait.outcome)return new A.P(`${o}. ${(0,y.Ci)((0,c.tK)(e.signal)??"Cancelled",n)}`,a("failed",o))
if(!n.wait.healthy){for(const e of n.wait.details)s(e)
return new A.P(`${o}. Rolled back to ${r}, but that did not become healthy either: ${n.wait.reason}`,a("failed",o))}return new A.P(`${o}. Rolled back to ${r}, which is healthy again`,a("rolled-back",o))}(t,o,v,h,s,r)}async function U(e,t){const r=t.now??Date.now,l=r(),p=t.log??(e=>o.Rm.info(e)),f=await k(e,t),{service:m,definition:w,choice:v,before:$}=f,D=e.taskDefinition,b="register"===v.action?"":v.arn,S={outcome:"planned",message:"",dryRun:e.dryRun,taskDefinitionArn:b,deployedTaskDefinitionArn:b,previousTaskDefinitionArn:m?.taskDefinition??"",deploymentId:"",registered:!1,serviceUpdated:!1,rolledBack:!1,runTaskArns:[],choice:v,family:String(w.family??""),images:(0,g._Z)(w),changes:(0,s.x6)($?.definition,w),serviceChanges:m?f.codeDeploy?E(f.codeDeploy,m,b||"(new revision)",e.forceNewDeployment):(0,g.TJ)(m,(0,L.R)(e),b||"(new revision)"):[],strategy:m&&!f.codeDeploy?x(e,m):void 0,removedFields:"definition"===D.kind?D.removed:[],durationMs:0},I=(e,t)=>(S.outcome=e,S.message=t,S.durationMs=r()-l,S)
if(function(e,t,n,o){e(`Plan for ${t.service?`service ${t.service} in cluster ${t.cluster}`:"registering only"} (${t.region}):`),e(`  task definition: ${n.choice.action} \u2014 ${n.choice.reason}`),n.removedFields.length&&e(`  removed before registering: ${n.removedFields.join(", ")}`)
e(`  changes against ${o?(0,i.pd)(o):"nothing (first revision)"}:`)
for(const t of n.changes.length?n.changes:["(none)"])e(`    ${t}`)
n.strategy&&e(`  deployment strategy: ${n.strategy}`)
if(t.service){e("  service change:")
for(const t of n.serviceChanges.length?n.serviceChanges:["(none: UpdateService is skipped)"])e(`    ${t}`)}}(p,e,S,$?.arn),f.runTask){p("  one-off task, before the service update (run-task):")
for(const e of(0,h.rg)(f.runTask,b?(0,i.pd)(b):"the new revision"))p(`    ${e}`)}if(e.dryRun)return I("planned",`Dry run: nothing was changed. ${function(e,t){let n="register"===t.choice.action?`would register a new revision of ${t.family}`:`would deploy ${(0,i.pd)(t.choice.arn)} (${t.choice.reason})`
e.runTask&&(n+=", run it once as a one-off task")
if(!e.service)return`It ${n}; no service given.`
const o=t.serviceChanges.length?`and update service ${e.service}: ${t.serviceChanges.join("; ")}`:`and leave service ${e.service} as it is (it already runs that revision)`
return`It ${n} ${o}.`}(e,S)}`)
try{await O(e,t,f,S,p)
const o=S.deployedTaskDefinitionArn
return m?e.wait?((0,c.Fn)(t.signal),f.codeDeploy?S.codeDeploy?await async function(e,t,o,a,s,r){const l=a.codeDeploy,p=l.deploymentId,f=a.deployedTaskDefinitionArn,m=t.clock??P,h=(0,T.A4)(e.waitTimeoutMs,o,u.f5),w={timeoutMs:h,clock:m,signal:t.signal,log:r},g=await N(o.client,p,w)
if("succeeded"===g.state)return l.status="Succeeded",s("healthy",`CodeDeploy deployment ${p} of ${(0,i.pd)(f)} succeeded: service ${e.service} runs it`)
l.status=g.status
const v="failed"===g.state?`CodeDeploy deployment ${p} of ${(0,i.pd)(f)} ${"Stopped"===g.status?"was stopped":"failed"}: ${g.reason}`:`CodeDeploy deployment ${p} of ${(0,i.pd)(f)} did not finish within ${Math.round(h/6e4)} minutes (${g.status||"no status"})`,k=(0,y.T1)(g,{rollbackOnFailure:e.rollbackOnFailure,autoRollback:o.autoRollback,deploymentGroup:o.deploymentGroup}),$=async()=>(a.taskDefinitionArn=(await C(t.ecs,e)).taskDefinition||a.previousTaskDefinitionArn,`service ${e.service} runs ${(0,i.pd)(a.taskDefinitionArn)}`)
if("none"===k.action){const e=await $().catch(()=>{})
throw new A.P(`${v}. Not rolled back: ${k.why}${e?`; ${e}`:""}. ${l.consoleUrl}`,s("failed",v))}let D,b=!1
if("stop-and-roll-back"===k.action){if((0,c.tK)(t.signal))throw new A.P(`${v}. Not rolled back: the step was cancelled; CodeDeploy carries on with the deployment`,s("failed",v))
const{StopDeploymentCommand:e}=await Promise.all([n.e(279),n.e(861),n.e(507)]).then(n.t.bind(n,7507,19))
r(`Stopping CodeDeploy deployment ${p} with automatic rollback`)
try{await o.client.send(new e({deploymentId:p,autoRollbackEnabled:!0}))}catch(e){throw new A.P(`${v}. Stopping it to roll back failed: ${(0,d.es)(e,`stopping deployment ${p}`).message}`,s("failed",v))}b=!0,D=(await R(o.client,p)).rollbackInfo?.rollbackDeploymentId}else D=k.deploymentId
a.rolledBack=!0,l.rollbackDeploymentId=D
const S=D?await N(o.client,D,{...w,timeoutMs:e.waitTimeoutMs}):void 0,E=await $().catch(()=>{}),I="succeeded"===S?.state?"which succeeded"+(E?`: ${E}`:""):"failed"===S?.state?`which failed too: ${S.reason}`:"which had not finished when the step stopped following it",L=b?"Stopped it; CodeDeploy rolled the service back":"CodeDeploy rolled the service back"
throw new A.P(`${v}. ${L}${D?` (deployment ${D})`:""}, ${I}. ${l.consoleUrl}`,s(b?"rolled-back":"rolled-back-by-codedeploy",v))}(e,t,f.codeDeploy,S,I,p):I("unchanged",`Service ${e.service} already runs ${(0,i.pd)(o)}`):await F(e,t,S,I,p)):S.serviceChanges.length>0?I("deployed",`Deployment ${S.deploymentId} of ${(0,i.pd)(o)} started (not waiting)`):I("unchanged",`Service ${e.service} already runs ${(0,i.pd)(o)}`):I("registered",`Registered ${(0,i.pd)(o)}; no service given, so nothing was deployed`)}catch(t){throw function(e,t,n,o){if(e instanceof A.P)return e
const i=function(e,t){return{service:e.service||void 0,registeredArn:t.registered?t.deployedTaskDefinitionArn:void 0,deploymentId:t.serviceUpdated?t.deploymentId:void 0,oneOffTasks:t.runTaskArns.map(e=>e.split("/").pop()??e)}}(t,n),s=(0,g.g2)(i)
if(e instanceof c.EI){const t=(0,g.JE)(e.why,i)
return s?new A.P(t,o("failed",t)):new a.lZ(t)}if(!s)return e
const r=`${s}, then: ${(0,a.gJ)(e)}`
return new A.P(r,o("failed",r))}(t,e,S,I)}}function x(e,t){const n=(0,w.W5)(t.deploymentConfiguration,e.strategy)
if(n||"ROLLING"!==(0,w.lf)(t.deploymentConfiguration))return(0,w.rz)(n??t.deploymentConfiguration)}},5016:(e,t,n)=>{n.d(t,{C0:()=>a,M7:()=>r,uS:()=>i,vz:()=>s})
var o=n(6077)
async function i(e,t,o){const{DescribeServicesCommand:i}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19)),a=await e.send(new i({cluster:t.cluster,services:[t.service]}),{abortSignal:o}),s=a.services?.[0]
return{found:s,missing:s?"":a.failures?.[0]?.reason??"MISSING",$metadata:a.$metadata}}async function a(e,t,o){const{ListServiceDeploymentsCommand:i}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19))
return e.send(new i(t),{abortSignal:o})}async function s(e,t,o){const{DescribeServiceRevisionsCommand:i}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19)),a=await e.send(new i({serviceRevisionArns:[t]}),{abortSignal:o})
return{taskDefinition:a.serviceRevisions?.[0]?.taskDefinition,$metadata:a.$metadata}}async function r(e,t,n){try{const i=await(0,o.bK)(e,{...t,input:n})
return{arn:i.arn,definition:i.definition}}catch(e){if((0,o.sO)(e))return
throw e}}},4056:(e,t,n)=>{n.d(t,{Ci:()=>c,Ho:()=>s,T1:()=>d,Tw:()=>i,xY:()=>l,yz:()=>r})
var o=n(8388)
function i(e,t){const n=t.deployedTaskDefinitionArn,o=void 0!==n,i=a[e.outcome]
if(i)return{action:"none",why:i}
const s=e.serviceDeploymentStatus,r="ROLLBACK_SUCCESSFUL"===s||"ROLLBACK_FAILED"===s?s:void 0
if("rolled-back-by-ecs"===e.outcome&&o)return r?{action:"follow-ecs-rollback",ended:r}:{action:"follow-ecs-rollback"}
if("rolled-back-by-ecs"===e.outcome&&r)return{action:"none",why:`ECS already rolled the service deployment back (${r})`}
if("not-found"===e.outcome&&!o)return{action:"none",why:"the deployment to follow was not found"}
if(t.cancelled)return{action:"none",why:"the step was cancelled before the rollback could start"}
if(!t.rollbackOnFailure)return{action:"none",why:"rollback-on-failure is false, so the service was left as it is"}
const l=[...t.candidates,e.lastCompletedTaskDefinitionArn].find(e=>e&&e!==n)
return l?{action:"rollback",toTaskDefinitionArn:l}:o?{action:"none",why:"the service ran no other revision before, so there is nothing to roll back to"}:{action:"rollback"}}const a={healthy:"the deployment is healthy",replaced:"another deployment replaced this one; not rolling back over it",cancelled:"the step was cancelled; the deployment goes on in ECS"}
function s(e,t){return e?.id&&(0,o.pd)(e.taskDefinition)===(0,o.pd)(t)&&"FAILED"!==e.rolloutState?{action:"follow",deploymentId:e.id}:{action:"update"}}function r(e,t){const n=e?.serviceDeploymentArn
return n?"ROLLBACK_REQUESTED"===e.status||"ROLLBACK_IN_PROGRESS"===e.status?{action:"follow-service-deployment",serviceDeploymentArn:n}:"PENDING"!==e.status&&"IN_PROGRESS"!==e.status?{action:"update",why:`the service deployment is ${e.status??"in an unknown state"}`}:e.sourceTaskDefinitionArn&&(0,o.pd)(e.sourceTaskDefinitionArn)!==(0,o.pd)(t)?{action:"update",why:`ECS's rollback would return to ${(0,o.pd)(e.sourceTaskDefinitionArn)}, not ${(0,o.pd)(t)}`}:{action:"stop-service-deployment",serviceDeploymentArn:n}:{action:"update",why:"no service deployment is in flight"}}const l=new Set(["AccessDeniedException","UnsupportedFeatureException","InvalidParameterException","ConflictException","ServiceDeploymentNotFoundException"])
function c(e,t){const n=`${(0,o.pd)(t.toTaskDefinitionArn)} (deployment ${t.deploymentId})`
return t.updated?`${e} after rolling back to ${n}; not waiting for it. ECS carries on with the rollback`:`${e} while ECS rolls back to ${n}; not waiting for it. ECS carries on with the rollback`}function d(e,t){return"failed"===e.state&&e.rollbackDeploymentId?{action:"follow-codedeploy-rollback",deploymentId:e.rollbackDeploymentId}:"cancelled"===e.state?{action:"none",why:"the step was cancelled; CodeDeploy carries on with the deployment"}:"timeout"===e.state?t.rollbackOnFailure?{action:"stop-and-roll-back"}:{action:"none",why:"rollback-on-failure is false; CodeDeploy carries on with the deployment"}:{action:"none",why:t.autoRollback?`CodeDeploy reported no rollback deployment, although deployment group ${t.deploymentGroup} rolls back on failure`:`deployment group ${t.deploymentGroup} does not roll back on failure (autoRollbackConfiguration is off), and only CodeDeploy can change a CODE_DEPLOY service; turn on its automatic rollback on DEPLOYMENT_FAILURE`}}}}

