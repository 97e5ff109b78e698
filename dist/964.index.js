export const id=964
export const ids=[964]
export const modules={3964:(e,t,s)=>{s.r(t),s.d(t,{waitForDeployment:()=>A})
var n=s(8795),i=s(8293),a=s(7268),o=s(212),r=s(586),l=s(5016),c=s(5745),d=s(8388)
var h=s(6365),u=s(9283)
const p={tasks:"The deployment's tasks cannot be read, so stopped-task reasons are not reported and target health is checked per target group, not per task",targetHealth:"Target health is not checked: the deployment is judged on ECS alone (its rollout state, task counts and events)",history:"The service deployment history cannot be read, so a deployment ECS no longer lists cannot be told rolled back from replaced",listenerRule:"The production listener rule cannot be read, so the traffic split shown is the one the service deployment requested"}
class f{options
tasks=new Map
last={running:0,failed:0}
failedWhenListedStopped=0
lastListAt=-1/0
listedStoppedOfGone=!1
ecsCallTimes=[]
calls={}
retried=!1
denied={}
serviceDeploymentArn
targetCache={}
targetReads=new Map
clocks
firstRunningSeenAt
healthySince
constructor(e){this.options=e}async read(e,t=!1){this.retried=!1
const s=await this.describeService(),n=e??s.deployments?.find(e=>"PRIMARY"===e.status)?.id,i=s.deployments?.find(e=>e.id===n),a=this.options.targetGroupArns??[...new Set((s.loadBalancers??[]).map(e=>e.targetGroupArn).filter(e=>!!e))],o=(0,u.ZV)(s),r={}
if(o)for(const e of s.loadBalancers??[])e.targetGroupArn&&e.advancedConfiguration?.alternateTargetGroupArn&&(r[e.targetGroupArn]=e.advancedConfiguration.alternateTargetGroupArn)
const l=o?await this.readServiceDeployment((0,u.v)(s),i):void 0
await this.optional("tasks",async()=>{if(i?.id)await this.refreshTasks(i.id,i,a.length>0)
else if(n&&!this.listedStoppedOfGone){this.listedStoppedOfGone=!0
const e=await this.listTasks(n,"STOPPED")
await this.describeTasks(e.filter(e=>!this.tasks.has(e)))}})
const c=[...this.tasks.values()],p=void 0!==this.denied.tasks,f={},g=p?(i?.runningCount??0)>0:c.some(e=>"RUNNING"===e.lastStatus&&"RUNNING"===e.desiredStatus)
g&&void 0===this.firstRunningSeenAt&&(this.firstRunningSeenAt=this.options.now())
const m=a.flatMap(e=>r[e]?[e,r[e]]:[e]),y=g?p?[this.firstRunningSeenAt]:c.filter(e=>"RUNNING"===e.lastStatus&&"RUNNING"===e.desiredStatus&&e.startedAt).map(e=>(0,d.kB)(e.startedAt)):[],k=[]
if(g&&!this.denied.targetHealth){const e=this.options.now()
await this.readHealthCheckClocks(m)
const n=void 0!==this.clocks||void 0!==this.denied.healthCheckSettings,a="COMPLETED"===i?.rolloutState||"SUCCESSFUL"===l?.status
for(const i of m){const o=this.groupReads(i),r=t||a||this.unhealthyEventSince(s,i,o.lastReadAt);(n?(0,h.GJ)(o,y,e,r):r)&&k.push(i)}await this.optional("targetHealth",async()=>{for(const e of k)this.targetCache[e]=await this.describeTargetHealth(e)})}for(const e of m)this.targetCache[e]&&(f[e]=this.targetCache[e])
const v=o?s.loadBalancers?.find(e=>e.advancedConfiguration?.productionListenerRule)?.advancedConfiguration:void 0
let A
v?.productionListenerRule&&v.alternateTargetGroupArn&&"IN_PROGRESS"===l?.status&&await this.optional("listenerRule",async()=>{A=await this.productionWeight(v.productionListenerRule,v.alternateTargetGroupArn)})
const w={now:this.options.now(),service:s,tasks:c,targets:f,targetGroupArns:this.denied.targetHealth?[]:a,...p?{tasksUnknown:p}:{},...o?{alternateTargetGroups:r,serviceDeployment:l}:{},...void 0!==A?{greenProductionPercent:A}:{}}
return this.noteTargetReads(w,i,k,y),w}noteTargetReads(e,t,s,n){if(this.registeredAt=n,this.groups=[...e.targetGroupArns,...Object.values(e.alternateTargetGroups??{})],0===s.length)return
const i=!!t&&(0,d.fJ)(e,t).allHealthy,a=e.now
if(i&&void 0===this.healthySince){const e=s.every(e=>{const t=(0,h.GU)(this.groupReads(e),n)
return void 0!==t&&a-t<1e3})
this.healthySince=e?a-h.Yj:a}i||(this.healthySince=void 0)
for(const e of s)this.targetReads.set(e,{...this.groupReads(e),lastReadAt:a,healthy:i})}groups=[]
registeredAt=[]
nextTargetReadAt(){if(this.denied.targetHealth)return
const e=this.groups.map(e=>(0,h.GU)(this.groupReads(e),this.registeredAt)).filter(e=>void 0!==e)
return e.length?Math.min(...e):void 0}completionAt(e,t){if(void 0===this.healthySince||!this.clocks)return
const s=(e.service.deployments??[]).some(e=>e.id!==t)
return this.healthySince+(s?this.drainMs():0)}drainMs(){if(this.clocks)return Math.max(0,...Object.values(this.clocks).map(e=>e.deregistrationDelayMs))}groupReads(e){return this.targetReads.get(e)??{clock:this.clocks?.[e],healthy:!1}}unhealthyEventSince(e,t,s){return(e.events??[]).some(e=>(0,d.kB)(e.createdAt)>(s??0)&&!!e.message?.includes(`is unhealthy in (target-group ${t})`))}async readHealthCheckClocks(e){if(this.clocks||this.denied.healthCheckSettings||0===e.length)return
const t={}
await this.optional("healthCheckSettings",async()=>{const s=await this.elbRead("DescribeTargetGroups",()=>this.options.elb.send(new r.sC7({TargetGroupArns:e}),{abortSignal:this.options.signal}))
for(const e of s?.TargetGroups??[]){if(!e.TargetGroupArn||!e.HealthCheckIntervalSeconds)continue
const s=await this.elbRead("DescribeTargetGroupAttributes",()=>this.options.elb.send(new r.cKh({TargetGroupArn:e.TargetGroupArn}),{abortSignal:this.options.signal})),n=s?.Attributes?.find(e=>"deregistration_delay.timeout_seconds"===e.Key)?.Value
t[e.TargetGroupArn]={intervalMs:1e3*e.HealthCheckIntervalSeconds,healthyThreshold:e.HealthyThresholdCount??5,unhealthyThreshold:e.UnhealthyThresholdCount??2,deregistrationDelayMs:1e3*Number(n??300)}}}),this.clocks=t
for(const s of e){const e=this.targetReads.get(s)
e&&this.targetReads.set(s,{...e,clock:t[s]})}}async elbRead(e,t,s){try{return await this.send("elbv2",e,t)}catch(e){throw this.targetGroupInputError(e,s)??e}}async readServiceDeployment(e,t){const{cluster:s,service:n,signal:i}=this.options
try{if(!this.serviceDeploymentArn){const e=await this.send("ecs","ListServiceDeployments",()=>(0,l.C0)(this.options.ecs,{cluster:s,service:n},i))
if(this.serviceDeploymentArn=(0,u.wH)(e.serviceDeployments??[],t?.createdAt)?.serviceDeploymentArn,!this.serviceDeploymentArn)return}const e=this.serviceDeploymentArn,a=await this.send("ecs","DescribeServiceDeployments",()=>this.options.ecs.send(new o.A6p({serviceDeploymentArns:[e]}),{abortSignal:i}))
return a.serviceDeployments?.[0]}catch(t){const s=(0,c.WI)(t)
if(!s)throw t
throw new a.lZ(`Service ${n} deploys with the ${e} strategy, whose progress only its service deployment shows: ${(0,c.jj)(s)}`,{},{cause:t})}}async productionWeight(e,t){const s=await this.send("elbv2","DescribeRules",()=>this.options.elb.send(new r.Ggo({RuleArns:[e]}),{abortSignal:this.options.signal}))
return(0,u.aU)(s.Rules?.[0],t)}async optional(e,t){if(!this.denied[e])try{await t()}catch(t){const s=(0,c.WI)(t)
if(!s||"targetHealth"===e&&this.options.targetGroupArns)throw t
this.denied[e]=s,"healthCheckSettings"!==e&&(this.options.warn??c.mc)((0,c.u5)(s,p[e]))}}async readHistory(e,t){const s=t.filter(t=>t.startedBy===e&&t.taskDefinitionArn)
if(0===s.length)return
const n=s[0].taskDefinitionArn
let i
return await this.optional("history",async()=>{i=await this.readServiceDeployments(s,n)}),i??{taskDefinitionArn:n,later:[],unreadable:this.denied.history?.action}}async readServiceDeployments(e,t){const{cluster:s,service:n,signal:i}=this.options,a=[]
let r
for(let e=0;e<5;e++){const e=await this.send("ecs","ListServiceDeployments",()=>(0,l.C0)(this.options.ecs,{cluster:s,service:n,nextToken:r},i))
if(a.push(...e.serviceDeployments??[]),r=e.nextToken,!r)break}const{match:c,later:h}=function(e,t){const s=Math.min(...t.map(e=>(0,d.kB)(e.createdAt??e.startedAt??e.stoppingAt)).filter(e=>e>0)),n=[...e].sort((e,t)=>(0,d.kB)(t.createdAt)-(0,d.kB)(e.createdAt))
if(!Number.isFinite(s))return{later:[]}
const i=n.findIndex(e=>(0,d.kB)(e.createdAt)<=s)
return i<0?{later:[]}:{match:n[i],later:n.slice(0,i)}}(a,e)
if(!c?.serviceDeploymentArn||!c.targetServiceRevisionArn)return{taskDefinitionArn:t,later:[]}
if((await this.send("ecs","DescribeServiceRevisions",()=>(0,l.vz)(this.options.ecs,c.targetServiceRevisionArn,i))).taskDefinition!==t)return{taskDefinitionArn:t,later:[]}
const u=await this.send("ecs","DescribeServiceDeployments",()=>this.options.ecs.send(new o.A6p({serviceDeploymentArns:[c.serviceDeploymentArn]}),{abortSignal:i}))
return{taskDefinitionArn:t,serviceDeployment:u.serviceDeployments?.[0],later:h}}async describeService(){const{cluster:e,service:t}=this.options
let s
try{s=await this.send("ecs","DescribeServices",()=>(0,l.uS)(this.options.ecs,{cluster:e,service:t},this.options.signal))}catch(t){if("ClusterNotFoundException"===t.name)throw new a.dz("cluster",`cluster ${e} not found`,"Check the cluster name and aws-region")
throw t}if(!s.found)throw new a.dz("service",`service ${t} not found in cluster ${e} (${s.missing})`,"Check the service and cluster names and aws-region")
return s.found}async refreshTasks(e,t,s){const n=t.runningCount??0,i=t.failedTasks??0,a=[...this.tasks.values()],o=a.filter(e=>"RUNNING"===e.desiredStatus),r=a.length-o.length,l=this.options.now(),c=new Set,d=s&&n>o.length&&(n>this.last.running||l-this.lastListAt>=3e4)
let h
const u=void 0!==this.last.desired&&t.desiredCount!==this.last.desired
if((d||u)&&(s||o.length>0)){this.lastListAt=l,h=new Set(await this.listTasks(e,"RUNNING"))
for(const e of h)this.tasks.has(e)||c.add(e)
for(const e of o)h.has(e.taskArn)||c.add(e.taskArn)}if(i>this.last.failed&&!h)for(const e of o)c.add(e.taskArn)
if(n!==this.last.running)for(const e of o)"RUNNING"!==e.lastStatus&&c.add(e.taskArn)
this.last={running:n,failed:i,desired:t.desiredCount},await this.describeTasks([...c])
const p=[...this.tasks.values()].filter(e=>"STOPPED"===e.desiredStatus).length
if(i>Math.max(p,r)&&i>this.failedWhenListedStopped){this.failedWhenListedStopped=i
const t=await this.listTasks(e,"STOPPED")
await this.describeTasks(t.filter(e=>!this.tasks.has(e)))}}async listTasks(e,t){const s=[]
let n
do{const i=await this.send("ecs","ListTasks",()=>this.options.ecs.send(new o.MYg({cluster:this.options.cluster,startedBy:e,desiredStatus:t,nextToken:n}),{abortSignal:this.options.signal}))
s.push(...i.taskArns??[]),n=i.nextToken}while(n)
return s}async describeTasks(e){for(let t=0;t<e.length;t+=100){const s=await this.send("ecs","DescribeTasks",()=>this.options.ecs.send(new o.DescribeTasksCommand({cluster:this.options.cluster,tasks:e.slice(t,t+100)}),{abortSignal:this.options.signal}))
for(const e of s.tasks??[])e.taskArn&&this.tasks.set(e.taskArn,e)}}async describeTargetHealth(e){return(await this.elbRead("DescribeTargetHealth",()=>this.options.elb.send(new r.qyg({TargetGroupArn:e}),{abortSignal:this.options.signal}),e)).TargetHealthDescriptions??[]}targetGroupInputError(e,t){if(!this.options.targetGroupArns||"TargetGroupNotFoundException"!==e.name)return
const s=t??this.options.targetGroupArns.join(", ")
return new a.dz("target-group-arns",`target group ${s} not found`,"Check the ARN and aws-region, or leave the input empty to use the service's target groups")}async send(e,t,s){const n=`${e}:${t}`
this.calls[n]=(this.calls[n]??0)+1,"ecs"===e&&this.ecsCallTimes.push(this.options.now())
const i=await s()
return(i?.$metadata?.attempts??1)>1&&(this.retried=!0),i}}const g={stoppedTaskThreshold:3}
function m(e,t,s=g,n){const{service:i}=e,a=i.deployments??[],o=a.find(e=>"PRIMARY"===e.status),r=function(e,t,s){const n=e.service.deployments??[],i=t.deploymentId??s?.id,a=n.find(e=>e.id===i),o=new Set(t.otherTaskDefinitionArns)
for(const e of n)a&&e.id!==i&&e.taskDefinition&&e.taskDefinition!==a.taskDefinition&&!y(e,a)&&o.add(e.taskDefinition)
return{deploymentId:i,taskDefinitionArn:a?.taskDefinition??t.taskDefinitionArn,deploymentCreatedAt:a?.createdAt?(0,d.kB)(a.createdAt):t.deploymentCreatedAt,otherTaskDefinitionArns:[...o],lastCompletedTaskDefinitionArn:(0,d.pv)(n)??t.lastCompletedTaskDefinitionArn,targetProblems:{...(0,d.EY)(e),...t.targetProblems},...t.stages?{stages:t.stages}:{}}}(e,t,o),l=(e,t,s,n=[])=>({status:e,outcome:t,reason:s,details:n,memory:r})
if(i.status&&"ACTIVE"!==i.status)return l("failed","failed",`Service ${i.serviceName} is ${i.status}: it was deleted while waiting`)
const c=(0,u.ZV)(i)?e.serviceDeployment:void 0
let h
if(c){if(r.stages=(0,u.oz)(r.stages??[],c,e.now),h=(0,u.uX)(c,(0,u.v)(i)),"failed"===h.status)return l("failed",h.outcome,h.reason)
if(c.status?.startsWith("ROLLBACK_"))return l("waiting",void 0,h.reason)}const p=a.find(e=>e.id===r.deploymentId),f=(0,d.Jo)(e.tasks)
p&&Object.assign(r.targetProblems,(0,d.fJ)(e,p).problemsByTask)
const m=f.map(e=>(0,d.us)(e,r.targetProblems)),k=(e,t,s)=>t?l("failed","rolled-back-by-ecs",function(e,t,s,n){const i=s?.rolloutStateReason?` (${s.rolloutStateReason})`:""
return`Deployment ${e.deploymentId} (revision ${(0,d.pd)(e.taskDefinitionArn)}) failed${i} and ECS rolled it back: ${(0,d.pC)(t)} is now PRIMARY${(0,d.WQ)(n,e.targetProblems)}`}(r,e,s,f),m):l("failed","replaced",function(e,t){return`Deployment ${e.deploymentId} (revision ${(0,d.pd)(e.taskDefinitionArn)}) was replaced by deployment ${(0,d.pC)(t)}: someone else deployed`}(r,e),m)
if(!p){if(!r.taskDefinitionArn){if(n){const e={...r,taskDefinitionArn:n.taskDefinitionArn},t=function(e,t,s,n,i){const a=`${t.deploymentId} (revision ${(0,d.pd)(t.taskDefinitionArn)})`,o=s?`${(0,d.pC)(s)} is now PRIMARY`:"no deployment is PRIMARY",r=n.serviceDeployment,l=(r?.statusReason??r?.rollback?.reason)?.trim(),c=`Deployment ${a} failed${l?` (${l})`:""}`,h=(e,t)=>({status:"failed",outcome:e,reason:t})
if(!r?.status&&n.unreadable)return h("replaced",`Deployment ${a} is no longer a deployment of service ${e.serviceName}, and without ${n.unreadable} its service deployment history cannot tell whether ECS rolled it back or another deployment replaced it: ${o}${i}`)
if(!r?.status)return h("replaced",`Deployment ${a} is no longer a deployment of service ${e.serviceName} and its service deployment history is gone: ${o}`)
switch(r.status){case"ROLLBACK_SUCCESSFUL":return h("rolled-back-by-ecs",`${c} and ECS rolled it back: ${o}${i}`)
case"ROLLBACK_REQUESTED":case"ROLLBACK_IN_PROGRESS":return h("rolled-back-by-ecs",`${c} and ECS is rolling it back: ${o}${i}`)
case"ROLLBACK_FAILED":return h("rolled-back-by-ecs",`${c} and ECS rolled it back, but the rollback failed too: ${o}${i}`)}if("STOPPED"===r.status&&"TRIGGERED"===r.deploymentCircuitBreaker?.status)return h("failed",`Rollout of ${a} FAILED: ${(0,d.wD)(l??"no reason given",i)}`)
if(n.later.length>0&&s){const e=n.later.length>1?`, the newest of ${n.later.length} deployments started after it`:""
return h("replaced",`Deployment ${a} was replaced by deployment ${(0,d.pC)(s)}${e}: someone else deployed`)}return{status:"waiting",outcome:void 0,reason:`Deployment ${a} is not listed by the service yet (service deployment ${r.status})`}}(i,e,o,n,(0,d.WQ)(f,r.targetProblems))
return{...t,details:m,memory:"waiting"===t.status?r:e}}const e=o?` The PRIMARY deployment is ${(0,d.pC)(o)}`:""
return l("failed","not-found",`Deployment ${r.deploymentId} is not a deployment of service ${i.serviceName}.${e}`)}return o?k(o,function(e,t){return!!e.taskDefinition&&t.otherTaskDefinitionArns.includes(e.taskDefinition)&&e.id!==t.deploymentId}(o,r)):l("failed","failed",`Deployment ${r.deploymentId} disappeared from service ${i.serviceName}`,m)}if("PRIMARY"!==p.status&&o)return k(o,"FAILED"===p.rolloutState,p)
if("FAILED"===p.rolloutState){const e=p.rolloutStateReason||"no reason given"
return l("failed","failed",`Rollout of ${(0,d.pC)(p)} FAILED: ${(0,d.wD)(e,(0,d.WQ)(f,r.targetProblems))}`,m)}const v=function(e,t){const s=t.deploymentCreatedAt??0,n=new Set(e.tasks.map(e=>e.taskArn?.split("/").pop())),i=1e3*(e.service.healthCheckGracePeriodSeconds??0)
for(const t of(0,d.nw)(e.service.events??[])){if((0,d.kB)(t.createdAt)<s)continue
const a=t.message??""
if(/was unable to place a task/i.test(a))return a
const o=/\(task ([0-9a-f]+)\).*is unhealthy in \(target-group/i.exec(a)
if(o&&n.has(o[1])){const s=e.tasks.find(e=>e.taskArn?.endsWith(`/${o[1]}`))
if(s?.startedAt&&(0,d.kB)(t.createdAt)-(0,d.kB)(s.startedAt)>=i)return a}}return}(e,r)
if(v)return l("failed","failed",`ECS reports: ${v}`,m)
const A=Math.max(f.length,p.failedTasks??0)
if(A>=s.stoppedTaskThreshold)return l("failed","failed",`${A} tasks of ${(0,d.pC)(p)} stopped${(0,d.WQ)(f,r.targetProblems)}`,m)
const w=(0,d.fJ)(e,p)
if(w.unhealthyPastGrace.length>0){const e=i.healthCheckGracePeriodSeconds??0
return c&&(0,u.Wx)(c.lifecycleStage)?l("failed","failed",`${(0,u.Wi)(c,(0,u.v)(i))} failed at stage ${c.lifecycleStage??"no stage yet"}: targets of ${(0,d.pC)(p)} are unhealthy in the alternate target group past the ${e} s health check grace period, before any production traffic moved (production is untouched): ${w.unhealthyPastGrace[0]}`,[...w.unhealthyPastGrace,...m]):l("failed","failed",`Targets of ${(0,d.pC)(p)} are unhealthy past the ${e} s health check grace period: ${w.unhealthyPastGrace[0]}`,[...w.unhealthyPastGrace,...m])}if(((0,u.ZV)(i)?"done"===h?.status:"PRIMARY"===p.status&&(p.rolloutState?"COMPLETED"===p.rolloutState:1===a.length&&(p.runningCount??0)===(p.desiredCount??0)))&&w.allHealthy)return l("healthy","healthy",`Deployment ${(0,d.pC)(p)} is healthy: ${h?`${h.reason}, `:""}${(0,d.Bs)(e,p)}`)
const S=(0,d.Bs)(e,p)
return l("waiting",void 0,h?`${h.reason}; ${S}`:S,w.notHealthy)}function y(e,t){return!!t.createdAt&&!!e.createdAt&&(0,d.kB)(e.createdAt)>(0,d.kB)(t.createdAt)}var k=s(3398)
const v=10
async function A(e){const t=e.clock??k.dQ,s=!e.log
s&&n.Rm.startGroup(`Waiting for service ${e.service} in cluster ${e.cluster} to be healthy`)
try{return await async function(e,t,s){const n=t.now(),o=n+e.timeoutMs,r=new f({...e,now:()=>t.now()}),l=new C(s,n,t),c={...h.hz,...e.pacing},p={...g,...e.stoppedTaskThreshold?{stoppedTaskThreshold:e.stoppedTaskThreshold}:{}}
let y,v=(G=e.deploymentId,{deploymentId:G,otherTaskDefinitionArns:[],targetProblems:{}}),A=0,T=0,R=n,I=""
var G
const E=(s,i,a)=>{l.add(i)
const o=y?.snapshot.service.deployments?.find(e=>"PRIMARY"===e.status)
return{healthy:"healthy"===s,outcome:s,reason:i,details:a,elapsedMs:t.now()-n,deploymentId:v.deploymentId??e.deploymentId??"",taskDefinitionArn:o?.taskDefinition??y?.snapshot.service.taskDefinition??"",lastCompletedTaskDefinitionArn:v.lastCompletedTaskDefinitionArn,timeline:l.timeline,...v.stages?.length?{stages:(0,u.Uc)(v.stages,t.now())}:{},...y?.snapshot.serviceDeployment?.status?{serviceDeploymentStatus:y.snapshot.serviceDeployment.status}:{}}},P=()=>{const t=e.signal?.reason instanceof Error?e.signal.reason.message:"Cancelled",s=y?`; it was ${D(y.snapshot,v)}`:""
return E("cancelled",`${t} while waiting for deployment ${v.deploymentId??"(not yet read)"} of service ${e.service}${s}. ECS carries on with the deployment`,y?b(y.snapshot.service):[])}
for(;;){if(e.signal?.aborted)return P()
try{const e=await r.read(v.deploymentId,t.now()>=o)
let s=m(e,v,p)
if("not-found"===s.outcome&&v.deploymentId){const t=await r.readHistory(v.deploymentId,e.tasks)
s=m(e,v,p,t)}v=s.memory,y={snapshot:e,verdict:s}
const n=w(e,v.deploymentId)
if(n!==I&&([I,R]=[n,t.now()]),T=0,A=r.retried?A+1:Math.max(0,A-1),l.report(e,v),"waiting"!==s.status)return E(s.outcome??"failed",s.reason,s.details)}catch(t){if(e.signal?.aborted)return P()
if(t instanceof a.lZ)throw t
if(!(0,i.Sc)(t)||++T>=k.wW)throw(0,i.es)(t,`waiting for service ${e.service} in cluster ${e.cluster}`)
A++,l.add(`AWS error while polling (${t.name}: ${t.message}); polling again`)}const s=t.now()
if(s>=o){const t=+(e.timeoutMs/6e4).toFixed(2),s=y?`: ${D(y.snapshot,v)}`:"",n=y?(0,d.Jo)(y.snapshot.tasks).map(e=>(0,d.us)(e,v.targetProblems)):[]
return E("timeout",`Timed out after ${t} min waiting for deployment ${v.deploymentId??"(unknown)"} of service ${e.service} to be healthy${s}`,[...y?.verdict.details??[],...n,...y?["Last events:",...b(y.snapshot.service)]:[]])}const u=(0,h.UU)({now:s,startedAt:n,changedAt:R,failureWaves:S(y?.snapshot,v,p.stoppedTaskThreshold),completionAt:y?$(y.snapshot,v,r):void 0,targetReadAt:r.nextTargetReadAt()}),f=Math.min((0,h.qC)({elapsedMs:s-n,backoffLevel:A,now:s,ecsCallTimes:r.ecsCallTimes,baseMs:u},c),o-s)
try{await t.sleep(f,e.signal)}catch(t){if(e.signal?.aborted)return P()
throw t}}}(e,t,e.log??(e=>n.Rm.info(e)))}finally{s&&n.Rm.endGroup()}}function w(e,t){const s=(e.service.deployments??[]).map(e=>[e.id===t?"*":"",e.status,e.rolloutState,e.desiredCount,e.pendingCount,e.runningCount,e.failedTasks].join(":")),n=e.serviceDeployment
return[...s,n?.status,n?.lifecycleStage].join("|")}function S(e,t,s){const n=e?.service.deployments?.find(e=>e.id===t.deploymentId)
if(!e||!n)return 1
const i=e.service.deploymentConfiguration
if(e.serviceDeployment&&(i?.alarms?.enable||(i?.lifecycleHooks?.length??0)>0))return 1
const a=e.service.deploymentConfiguration?.deploymentCircuitBreaker?.enable
return(0,h.ZW)({failedTasks:n.failedTasks??0,liveTasks:(n.pendingCount??0)+(n.runningCount??0),stoppedTaskThreshold:s,circuitBreakerThreshold:a?(0,h.l9)(n.desiredCount??0):void 0})}function $(e,t,s){if(!(0,u.ZV)(e.service))return s.completionAt(e,t.deploymentId)
const n=e.serviceDeployment,i=t.stages?.[t.stages.length-1]
return"IN_PROGRESS"===n?.status&&i?(0,h.U$)({stage:n.lifecycleStage,stageStartedAt:i.startedAt,bakeMs:6e4*(n.deploymentConfiguration?.bakeTimeInMinutes??0),drainMs:s.drainMs()}):void 0}function D(e,t){return(0,d.Bs)(e,e.service.deployments?.find(e=>e.id===t.deploymentId))}function T(e){return`${e.createdAt?new Date((0,d.kB)(e.createdAt)).toISOString().slice(11,19):"--:--:--"} ${e.message??""}`}function b(e){return(0,d.nw)(e.events??[]).slice(-v).map(T)}class C{log
started
clock
timeline=[]
seenEvents=new Set
lastStatus=""
lastStage=""
first=!0
constructor(e,t,s){this.log=e,this.started=t,this.clock=s}add(e){this.timeline.push({atMs:this.clock.now()-this.started,text:e}),this.log(e)}report(e,t){const s=t.deploymentCreatedAt??0
let n=(0,d.nw)(e.service.events??[]).filter(e=>!this.seenEvents.has(e.id??e.message??""))
for(const e of n)this.seenEvents.add(e.id??e.message??"")
if(this.first&&(n=n.filter(e=>(0,d.kB)(e.createdAt)>=s).slice(-v)),this.first){const s=e.service.deployments?.find(e=>e.id===t.deploymentId)
this.add(`Following deployment ${t.deploymentId} (revision ${(0,d.pd)(s?.taskDefinition)}) of service ${e.service.serviceName}`),this.first=!1}for(const e of n)this.add(`event: ${T(e)}`)
this.reportStage(e,t)
const i=D(e,t)
i!==this.lastStatus&&(this.lastStatus=i,this.add(`status: ${i}`))}reportStage(e,t){const s=e.serviceDeployment,n=t.stages??[]
if(!s||0===n.length)return
const i=(0,u.k)(s,n,e.now,e.greenProductionPercent),a=n[n.length-1],o="BAKE_TIME"===s.lifecycleStage?Math.floor((e.now-a.startedAt)/6e4):0,r=`${s.status} ${i.replace(/, bake time left .*/,"")} ${o}`
r!==this.lastStage&&(this.lastStage=r,this.add(`${s.status??"PENDING"}: ${i}`))}}}}

