export const id=964
export const ids=[964]
export const modules={3964:(e,t,s)=>{s.r(t),s.d(t,{waitForDeployment:()=>w})
var n=s(8795),i=s(8293),a=s(7268),r=s(212),o=s(586),l=s(5016),d=s(5745),c=s(8388)
var h=s(6365),p=s(9283)
const u={tasks:"The deployment's tasks cannot be read, so stopped-task reasons are not reported and target health is checked per target group, not per task",targetHealth:"Target health is not checked: the deployment is judged on ECS alone (its rollout state, task counts and events)",history:"The service deployment history cannot be read, so a deployment ECS no longer lists cannot be told rolled back from replaced",listenerRule:"The production listener rule cannot be read, so the traffic split shown is the one the service deployment requested"}
class f{options
tasks=new Map
last={running:0,failed:0}
reasonUnread=new Set
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
drain
healthySince
constructor(e){this.options=e}async read(e,t=!1,s){this.retried=!1
const n=await this.describeService(),i=e??n.deployments?.find(e=>"PRIMARY"===e.status)?.id,a=n.deployments?.find(e=>e.id===i),r=this.options.targetGroupArns??[...new Set((n.loadBalancers??[]).map(e=>e.targetGroupArn).filter(e=>!!e))],o=(0,p.ZV)(n),l={}
if(o)for(const e of n.loadBalancers??[])e.targetGroupArn&&e.advancedConfiguration?.alternateTargetGroupArn&&(l[e.targetGroupArn]=e.advancedConfiguration.alternateTargetGroupArn)
const d=o?s??await this.readServiceDeployment((0,p.v)(n),a):void 0
await this.optional("tasks",async()=>{if(a?.id)await this.refreshTasks(a.id,a,r.length>0,t)
else if(i&&!this.listedStoppedOfGone){this.listedStoppedOfGone=!0
const e=await this.listTasks(i,"STOPPED")
await this.describeTasks(e.filter(e=>!this.tasks.has(e)))}})
const u=[...this.tasks.values()],f=void 0!==this.denied.tasks,g={},y=f?(a?.runningCount??0)>0:u.some(e=>"RUNNING"===e.lastStatus&&"RUNNING"===e.desiredStatus)
y&&void 0===this.firstRunningSeenAt&&(this.firstRunningSeenAt=this.options.now())
const m=r.flatMap(e=>l[e]?[e,l[e]]:[e]),k=y?f?[this.firstRunningSeenAt]:u.filter(e=>"RUNNING"===e.lastStatus&&"RUNNING"===e.desiredStatus&&e.startedAt).map(e=>(0,c.kB)(e.startedAt)):[],v=[]
if(y&&!this.denied.targetHealth){const e=this.options.now()
await this.readHealthCheckClocks(m)
const s=void 0!==this.clocks||void 0!==this.denied.healthCheckSettings,i="COMPLETED"===a?.rolloutState||"SUCCESSFUL"===d?.status
for(const a of m){const r=this.groupReads(a),o=t||i||this.unhealthyEventSince(n,a,r.lastReadAt);(s?(0,h.GJ)(r,k,e,o):o)&&v.push(a)}await this.optional("targetHealth",async()=>{for(const e of v)this.targetCache[e]=await this.describeTargetHealth(e)})}for(const e of m)this.targetCache[e]&&(g[e]=this.targetCache[e])
const w=o?n.loadBalancers?.find(e=>e.advancedConfiguration?.productionListenerRule)?.advancedConfiguration:void 0
let A
const S=d?.lifecycleStage
w?.productionListenerRule&&w.alternateTargetGroupArn&&"IN_PROGRESS"===d?.status&&("PRODUCTION_TRAFFIC_SHIFT"!==S&&S===this.weightReadInStage||await this.optional("listenerRule",async()=>{this.lastGreenWeight=await this.productionWeight(w.productionListenerRule,w.alternateTargetGroupArn),this.weightReadInStage=S}),A=this.lastGreenWeight)
const D={now:this.options.now(),service:n,tasks:u,targets:g,targetGroupArns:this.denied.targetHealth?[]:r,...f?{tasksUnknown:f}:{},...o?{alternateTargetGroups:l,serviceDeployment:d}:{},...void 0!==A?{greenProductionPercent:A}:{}}
return this.noteTargetReads(D,a,v,k),void 0===this.healthySince&&"BAKE_TIME"!==S&&"CLEAN_UP"!==S||await this.readDrainDelays(),D}async readStage(e){if(this.serviceDeploymentArn)return this.retried=!1,this.readServiceDeployment((0,p.v)(e.service),void 0)}noteTargetReads(e,t,s,n){if(this.registeredAt=n,this.groups=[...e.targetGroupArns,...Object.values(e.alternateTargetGroups??{})],0===s.length)return
const i=!!t&&(0,c.fJ)(e,t).allHealthy,a=e.now
if(i&&void 0===this.healthySince){const e=s.every(e=>{const t=(0,h.GU)(this.groupReads(e),n)
return void 0!==t&&a-t<1e3})
this.healthySince=e?a-h.Yj:a}i||(this.healthySince=void 0)
for(const e of s)this.targetReads.set(e,{...this.groupReads(e),lastReadAt:a,healthy:i})}lastGreenWeight
weightReadInStage
groups=[]
registeredAt=[]
nextTargetReadAt(){if(this.denied.targetHealth)return
const e=this.groups.map(e=>(0,h.GU)(this.groupReads(e),this.registeredAt)).filter(e=>void 0!==e)
return e.length?Math.min(...e):void 0}completionAt(e,t){if(void 0===this.healthySince||void 0===this.drain)return
const s=(e.service.deployments??[]).some(e=>e.id!==t)
return this.healthySince+(s?this.drain:0)}drainMs(){return this.drain}groupReads(e){return this.targetReads.get(e)??{clock:this.clocks?.[e],healthy:!1}}unhealthyEventSince(e,t,s){return(e.events??[]).some(e=>(0,c.kB)(e.createdAt)>(s??0)&&!!e.message?.includes(`is unhealthy in (target-group ${t})`))}async readHealthCheckClocks(e){if(this.clocks||this.denied.healthCheckSettings||0===e.length)return
const t={}
await this.optional("healthCheckSettings",async()=>{const s=await this.elbRead("DescribeTargetGroups",()=>this.options.elb.send(new o.sC7({TargetGroupArns:e}),{abortSignal:this.options.signal}))
for(const e of s?.TargetGroups??[])e.TargetGroupArn&&e.HealthCheckIntervalSeconds&&(t[e.TargetGroupArn]={intervalMs:1e3*e.HealthCheckIntervalSeconds,healthyThreshold:e.HealthyThresholdCount??5,unhealthyThreshold:e.UnhealthyThresholdCount??2})}),this.clocks=t
for(const s of e){const e=this.targetReads.get(s)
e&&this.targetReads.set(s,{...e,clock:t[s]})}}async readDrainDelays(){if(void 0!==this.drain||!this.clocks||this.denied.healthCheckSettings)return
let e=0
await this.optional("healthCheckSettings",async()=>{for(const t of Object.keys(this.clocks)){const s=await this.elbRead("DescribeTargetGroupAttributes",()=>this.options.elb.send(new o.cKh({TargetGroupArn:t}),{abortSignal:this.options.signal})),n=s?.Attributes?.find(e=>"deregistration_delay.timeout_seconds"===e.Key)?.Value
e=Math.max(e,1e3*Number(n??300))}}),this.denied.healthCheckSettings||(this.drain=e)}async elbRead(e,t,s){try{return await this.send("elbv2",e,t)}catch(e){throw this.targetGroupInputError(e,s)??e}}async readServiceDeployment(e,t){const{cluster:s,service:n,signal:i}=this.options
try{if(!this.serviceDeploymentArn){const e=await this.send("ecs","ListServiceDeployments",()=>(0,l.C0)(this.options.ecs,{cluster:s,service:n},i))
if(this.serviceDeploymentArn=(0,p.wH)(e.serviceDeployments??[],t?.createdAt)?.serviceDeploymentArn,!this.serviceDeploymentArn)return}const e=this.serviceDeploymentArn,a=await this.send("ecs","DescribeServiceDeployments",()=>this.options.ecs.send(new r.A6p({serviceDeploymentArns:[e]}),{abortSignal:i}))
return a.serviceDeployments?.[0]}catch(t){const s=(0,d.WI)(t)
if(!s)throw t
throw new a.lZ(`Service ${n} deploys with the ${e} strategy, whose progress only its service deployment shows: ${(0,d.jj)(s)}`,{},{cause:t})}}async productionWeight(e,t){const s=await this.send("elbv2","DescribeRules",()=>this.options.elb.send(new o.Ggo({RuleArns:[e]}),{abortSignal:this.options.signal}))
return(0,p.aU)(s.Rules?.[0],t)}async optional(e,t){if(!this.denied[e])try{await t()}catch(t){const s=(0,d.WI)(t)
if(!s||"targetHealth"===e&&this.options.targetGroupArns)throw t
this.denied[e]=s,"healthCheckSettings"!==e&&(this.options.warn??d.mc)((0,d.u5)(s,u[e]))}}async readHistory(e,t){const s=t.filter(t=>t.startedBy===e&&t.taskDefinitionArn)
if(0===s.length)return
const n=s[0].taskDefinitionArn
let i
return await this.optional("history",async()=>{i=await this.readServiceDeployments(s,n)}),i??{taskDefinitionArn:n,later:[],unreadable:this.denied.history?.action}}async readServiceDeployments(e,t){const{cluster:s,service:n,signal:i}=this.options,a=[]
let o
for(let e=0;e<5;e++){const e=await this.send("ecs","ListServiceDeployments",()=>(0,l.C0)(this.options.ecs,{cluster:s,service:n,nextToken:o},i))
if(a.push(...e.serviceDeployments??[]),o=e.nextToken,!o)break}const{match:d,later:h}=function(e,t){const s=Math.min(...t.map(e=>(0,c.kB)(e.createdAt??e.startedAt??e.stoppingAt)).filter(e=>e>0)),n=[...e].sort((e,t)=>(0,c.kB)(t.createdAt)-(0,c.kB)(e.createdAt))
if(!Number.isFinite(s))return{later:[]}
const i=n.findIndex(e=>(0,c.kB)(e.createdAt)<=s)
return i<0?{later:[]}:{match:n[i],later:n.slice(0,i)}}(a,e)
if(!d?.serviceDeploymentArn||!d.targetServiceRevisionArn)return{taskDefinitionArn:t,later:[]}
if((await this.send("ecs","DescribeServiceRevisions",()=>(0,l.vz)(this.options.ecs,d.targetServiceRevisionArn,i))).taskDefinition!==t)return{taskDefinitionArn:t,later:[]}
const p=await this.send("ecs","DescribeServiceDeployments",()=>this.options.ecs.send(new r.A6p({serviceDeploymentArns:[d.serviceDeploymentArn]}),{abortSignal:i}))
return{taskDefinitionArn:t,serviceDeployment:p.serviceDeployments?.[0],later:h}}async describeService(){const{cluster:e,service:t}=this.options
let s
try{s=await this.send("ecs","DescribeServices",()=>(0,l.uS)(this.options.ecs,{cluster:e,service:t},this.options.signal))}catch(t){if("ClusterNotFoundException"===t.name)throw new a.dz("cluster",`cluster ${e} not found`,"Check the cluster name and aws-region")
throw t}if(!s.found)throw new a.dz("service",`service ${t} not found in cluster ${e} (${s.missing})`,"Check the service and cluster names and aws-region")
return s.found}async refreshTasks(e,t,s,n){const i=t.runningCount??0,a=t.failedTasks??0,r=this.options.now(),o=new Set
if(0===i)for(const e of this.tasks.values())"RUNNING"===e.desiredStatus&&"RUNNING"===e.lastStatus&&(this.tasks.delete(e.taskArn),this.reasonUnread.add(e.taskArn))
const l=[...this.tasks.values()].filter(e=>"RUNNING"===e.desiredStatus),d=s&&i>l.length&&(i>this.last.running||r-this.lastListAt>=3e4)
let c
const h=void 0!==this.last.desired&&t.desiredCount!==this.last.desired
if((d||h)&&i>0&&(s||l.length>0)){this.lastListAt=r,c=new Set(await this.listTasks(e,"RUNNING"))
for(const e of c)this.tasks.has(e)||o.add(e)
for(const e of l)c.has(e.taskArn)||o.add(e.taskArn)}if(a>this.last.failed&&!c&&i>0)for(const e of l)o.add(e.taskArn)
if(i!==this.last.running)for(const e of l)"RUNNING"!==e.lastStatus&&o.add(e.taskArn)
this.last={running:i,failed:a,desired:t.desiredCount},await this.describeTasks([...o]),n&&await this.listStoppedTasks(e,a)}async listStoppedTasks(e,t){const s=[...this.tasks.values()].filter(e=>"STOPPED"===e.desiredStatus).length
if(t<=s||t<=this.failedWhenListedStopped)return!1
this.failedWhenListedStopped=t
const n=t-s>this.reasonUnread.size?await this.listTasks(e,"STOPPED"):[],i=[...new Set([...this.reasonUnread,...n.filter(e=>!this.tasks.has(e))])]
return await this.describeTasks(i),i.length>0}async readStoppedTasks(e,t){if(this.denied.tasks)return
const s=e.service.deployments?.find(e=>e.id===t)
let n=!1
try{await this.optional("tasks",async()=>{if(s?.id)n=await this.listStoppedTasks(s.id,s.failedTasks??0)
else{const e=[...this.reasonUnread]
await this.describeTasks(e),n=e.length>0}})}catch(e){if(this.options.signal?.aborted)throw e
return}return n?[...this.tasks.values()]:void 0}async listTasks(e,t){const s=[]
let n
do{const i=await this.send("ecs","ListTasks",()=>this.options.ecs.send(new r.MYg({cluster:this.options.cluster,startedBy:e,desiredStatus:t,nextToken:n}),{abortSignal:this.options.signal}))
s.push(...i.taskArns??[]),n=i.nextToken}while(n)
return s}async describeTasks(e){for(let t=0;t<e.length;t+=100){const s=await this.send("ecs","DescribeTasks",()=>this.options.ecs.send(new r.DescribeTasksCommand({cluster:this.options.cluster,tasks:e.slice(t,t+100)}),{abortSignal:this.options.signal}))
for(const e of s.tasks??[])e.taskArn&&(this.tasks.set(e.taskArn,e),this.reasonUnread.delete(e.taskArn))}}async describeTargetHealth(e){return(await this.elbRead("DescribeTargetHealth",()=>this.options.elb.send(new o.qyg({TargetGroupArn:e}),{abortSignal:this.options.signal}),e)).TargetHealthDescriptions??[]}targetGroupInputError(e,t){if(!this.options.targetGroupArns||"TargetGroupNotFoundException"!==e.name)return
const s=t??this.options.targetGroupArns.join(", ")
return new a.dz("target-group-arns",`target group ${s} not found`,"Check the ARN and aws-region, or leave the input empty to use the service's target groups")}async send(e,t,s){const n=`${e}:${t}`
this.calls[n]=(this.calls[n]??0)+1,"ecs"===e&&this.ecsCallTimes.push(this.options.now())
const i=await s()
return(i?.$metadata?.attempts??1)>1&&(this.retried=!0),i}}const g={stoppedTaskThreshold:3}
function y(e,t,s=g,n){const{service:i}=e,a=i.deployments??[],r=a.find(e=>"PRIMARY"===e.status),o=function(e,t,s){const n=e.service.deployments??[],i=t.deploymentId??s?.id,a=n.find(e=>e.id===i),r=new Set(t.otherTaskDefinitionArns)
for(const e of n)a&&e.id!==i&&e.taskDefinition&&e.taskDefinition!==a.taskDefinition&&!m(e,a)&&r.add(e.taskDefinition)
return{deploymentId:i,taskDefinitionArn:a?.taskDefinition??t.taskDefinitionArn,deploymentCreatedAt:a?.createdAt?(0,c.kB)(a.createdAt):t.deploymentCreatedAt,otherTaskDefinitionArns:[...r],lastCompletedTaskDefinitionArn:(0,c.pv)(n)??t.lastCompletedTaskDefinitionArn,targetProblems:{...(0,c.EY)(e),...t.targetProblems},...t.stages?{stages:t.stages}:{}}}(e,t,r),l=(e,t,s,n=[])=>({status:e,outcome:t,reason:s,details:n,memory:o})
if(i.status&&"ACTIVE"!==i.status)return l("failed","failed",`Service ${i.serviceName} is ${i.status}: it was deleted while waiting`)
const d=(0,p.ZV)(i)?e.serviceDeployment:void 0
let h
if(d){if(o.stages=(0,p.oz)(o.stages??[],d,e.now),h=(0,p.uX)(d,(0,p.v)(i)),"failed"===h.status)return l("failed",h.outcome,h.reason)
if(d.status?.startsWith("ROLLBACK_"))return l("waiting",void 0,h.reason)}const u=a.find(e=>e.id===o.deploymentId),f=(0,c.Jo)(e.tasks)
u&&Object.assign(o.targetProblems,(0,c.fJ)(e,u).problemsByTask)
const y=f.map(e=>(0,c.us)(e,o.targetProblems)),k=(e,t,s)=>t?l("failed","rolled-back-by-ecs",function(e,t,s,n){const i=s?.rolloutStateReason?` (${s.rolloutStateReason})`:""
return`Deployment ${e.deploymentId} (revision ${(0,c.pd)(e.taskDefinitionArn)}) failed${i} and ECS rolled it back: ${(0,c.pC)(t)} is now PRIMARY${(0,c.WQ)(n,e.targetProblems)}`}(o,e,s,f),y):l("failed","replaced",function(e,t){return`Deployment ${e.deploymentId} (revision ${(0,c.pd)(e.taskDefinitionArn)}) was replaced by deployment ${(0,c.pC)(t)}: someone else deployed`}(o,e),y)
if(!u){if(!o.taskDefinitionArn){if(n){const e={...o,taskDefinitionArn:n.taskDefinitionArn},t=function(e,t,s,n,i){const a=`${t.deploymentId} (revision ${(0,c.pd)(t.taskDefinitionArn)})`,r=s?`${(0,c.pC)(s)} is now PRIMARY`:"no deployment is PRIMARY",o=n.serviceDeployment,l=(o?.statusReason??o?.rollback?.reason)?.trim(),d=`Deployment ${a} failed${l?` (${l})`:""}`,h=(e,t)=>({status:"failed",outcome:e,reason:t})
if(!o?.status&&n.unreadable)return h("replaced",`Deployment ${a} is no longer a deployment of service ${e.serviceName}, and without ${n.unreadable} its service deployment history cannot tell whether ECS rolled it back or another deployment replaced it: ${r}${i}`)
if(!o?.status)return h("replaced",`Deployment ${a} is no longer a deployment of service ${e.serviceName} and its service deployment history is gone: ${r}`)
switch(o.status){case"ROLLBACK_SUCCESSFUL":return h("rolled-back-by-ecs",`${d} and ECS rolled it back: ${r}${i}`)
case"ROLLBACK_REQUESTED":case"ROLLBACK_IN_PROGRESS":return h("rolled-back-by-ecs",`${d} and ECS is rolling it back: ${r}${i}`)
case"ROLLBACK_FAILED":return h("rolled-back-by-ecs",`${d} and ECS rolled it back, but the rollback failed too: ${r}${i}`)}if("STOPPED"===o.status&&"TRIGGERED"===o.deploymentCircuitBreaker?.status)return h("failed",`Rollout of ${a} FAILED: ${(0,c.wD)(l??"no reason given",i)}`)
if(n.later.length>0&&s){const e=n.later.length>1?`, the newest of ${n.later.length} deployments started after it`:""
return h("replaced",`Deployment ${a} was replaced by deployment ${(0,c.pC)(s)}${e}: someone else deployed`)}return{status:"waiting",outcome:void 0,reason:`Deployment ${a} is not listed by the service yet (service deployment ${o.status})`}}(i,e,r,n,(0,c.WQ)(f,o.targetProblems))
return{...t,details:y,memory:"waiting"===t.status?o:e}}const e=r?` The PRIMARY deployment is ${(0,c.pC)(r)}`:""
return l("failed","not-found",`Deployment ${o.deploymentId} is not a deployment of service ${i.serviceName}.${e}`)}return r?k(r,function(e,t){return!!e.taskDefinition&&t.otherTaskDefinitionArns.includes(e.taskDefinition)&&e.id!==t.deploymentId}(r,o)):l("failed","failed",`Deployment ${o.deploymentId} disappeared from service ${i.serviceName}`,y)}if("PRIMARY"!==u.status&&r)return k(r,"FAILED"===u.rolloutState,u)
if("FAILED"===u.rolloutState){const e=u.rolloutStateReason||"no reason given"
return l("failed","failed",`Rollout of ${(0,c.pC)(u)} FAILED: ${(0,c.wD)(e,(0,c.WQ)(f,o.targetProblems))}`,y)}const v=function(e,t){const s=t.deploymentCreatedAt??0,n=new Set(e.tasks.map(e=>e.taskArn?.split("/").pop())),i=1e3*(e.service.healthCheckGracePeriodSeconds??0)
for(const t of(0,c.nw)(e.service.events??[])){if((0,c.kB)(t.createdAt)<s)continue
const a=t.message??""
if(/was unable to place a task/i.test(a))return a
const r=/\(task ([0-9a-f]+)\).*is unhealthy in \(target-group/i.exec(a)
if(r&&n.has(r[1])){const s=e.tasks.find(e=>e.taskArn?.endsWith(`/${r[1]}`))
if(s?.startedAt&&(0,c.kB)(t.createdAt)-(0,c.kB)(s.startedAt)>=i)return a}}return}(e,o)
if(v)return l("failed","failed",`ECS reports: ${v}`,y)
const w=Math.max(f.length,u.failedTasks??0)
if(w>=s.stoppedTaskThreshold)return l("failed","failed",`${w} tasks of ${(0,c.pC)(u)} stopped${(0,c.WQ)(f,o.targetProblems)}`,y)
const A=(0,c.fJ)(e,u)
if(A.unhealthyPastGrace.length>0){const e=i.healthCheckGracePeriodSeconds??0
return d&&(0,p.Wx)(d.lifecycleStage)?l("failed","failed",`${(0,p.Wi)(d,(0,p.v)(i))} failed at stage ${d.lifecycleStage??"no stage yet"}: targets of ${(0,c.pC)(u)} are unhealthy in the alternate target group past the ${e} s health check grace period, before any production traffic moved (production is untouched): ${A.unhealthyPastGrace[0]}`,[...A.unhealthyPastGrace,...y]):l("failed","failed",`Targets of ${(0,c.pC)(u)} are unhealthy past the ${e} s health check grace period: ${A.unhealthyPastGrace[0]}`,[...A.unhealthyPastGrace,...y])}if(((0,p.ZV)(i)?"done"===h?.status:"PRIMARY"===u.status&&(u.rolloutState?"COMPLETED"===u.rolloutState:1===a.length&&(u.runningCount??0)===(u.desiredCount??0)))&&A.allHealthy)return l("healthy","healthy",`Deployment ${(0,c.pC)(u)} is healthy: ${h?`${h.reason}, `:""}${(0,c.Bs)(e,u)}`)
const S=(0,c.Bs)(e,u)
return l("waiting",void 0,h?`${h.reason}; ${S}`:S,A.notHealthy)}function m(e,t){return!!t.createdAt&&!!e.createdAt&&(0,c.kB)(e.createdAt)>(0,c.kB)(t.createdAt)}var k=s(3398)
const v=10
async function w(e){const t=e.clock??k.dQ,s=!e.log
s&&n.Rm.startGroup(`Waiting for service ${e.service} in cluster ${e.cluster} to be healthy`)
try{return await async function(e,t,s){const n=t.now(),r=n+e.timeoutMs,o=new f({...e,now:()=>t.now()}),l=new R(s,n,t),d={...h.hz,...e.pacing},u={...g,...e.stoppedTaskThreshold?{stoppedTaskThreshold:e.stoppedTaskThreshold}:{}}
let m,v=(N=e.deploymentId,{deploymentId:N,otherTaskDefinitionArns:[],targetProblems:{}}),w=0,C=0,I=n,G="",E=!1,P=n
var N
const M=(s,i,a)=>{l.add(i)
const r=m?.snapshot.service.deployments?.find(e=>"PRIMARY"===e.status)
return{healthy:"healthy"===s,outcome:s,reason:i,details:a,elapsedMs:t.now()-n,deploymentId:v.deploymentId??e.deploymentId??"",taskDefinitionArn:r?.taskDefinition??m?.snapshot.service.taskDefinition??"",lastCompletedTaskDefinitionArn:v.lastCompletedTaskDefinitionArn,timeline:l.timeline,...v.stages?.length?{stages:(0,p.Uc)(v.stages,t.now())}:{},...m?.snapshot.serviceDeployment?.status?{serviceDeploymentStatus:m.snapshot.serviceDeployment.status}:{}}},L=()=>{const t=e.signal?.reason instanceof Error?e.signal.reason.message:"Cancelled",s=m?`; it was ${T(m.snapshot,v)}`:""
return M("cancelled",`${t} while waiting for deployment ${v.deploymentId??"(not yet read)"} of service ${e.service}${s}. ECS carries on with the deployment`,m?b(m.snapshot.service):[])}
for(;;){if(e.signal?.aborted)return L()
let s=!0
try{const e=t.now()>=r,n=E&&!e&&m?await o.readStage(m.snapshot):void 0
if(s=!n||(0,p.rk)(n)!==(0,p.rk)(m?.snapshot.serviceDeployment),s){let s,i=await o.read(v.deploymentId,e,n),a=y(i,v,u)
if("not-found"===a.outcome&&v.deploymentId&&(s=await o.readHistory(v.deploymentId,i.tasks),a=y(i,v,u,s)),"failed"===a.status){const e=await o.readStoppedTasks(i,a.memory.deploymentId)
e&&(i={...i,tasks:e},a=y(i,v,u,s))}v=a.memory,m={snapshot:i,verdict:a}
const r=A(i,v.deploymentId)
if(r!==G&&([G,I]=[r,t.now()]),l.report(i,v),"waiting"!==a.status)return M(a.outcome??"failed",a.reason,a.details)}C=0,w=o.retried?w+1:Math.max(0,w-1)}catch(t){if(e.signal?.aborted)return L()
if(t instanceof a.lZ)throw t
if(!(0,i.Sc)(t)||++C>=k.wW)throw(0,i.es)(t,`waiting for service ${e.service} in cluster ${e.cluster}`)
w++,l.add(`AWS error while polling (${t.name}: ${t.message}); polling again`)}const f=t.now()
if(f>=r){const t=+(e.timeoutMs/6e4).toFixed(2),s=m?`: ${T(m.snapshot,v)}`:"",n=m?(0,c.Jo)(m.snapshot.tasks).map(e=>(0,c.us)(e,v.targetProblems)):[]
return M("timeout",`Timed out after ${t} min waiting for deployment ${v.deploymentId??"(unknown)"} of service ${e.service} to be healthy${s}`,[...m?.verdict.details??[],...n,...m?["Last events:",...b(m.snapshot.service)]:[]])}s&&(P=f+(0,h.UU)({now:f,startedAt:n,changedAt:I,failureWaves:S(m?.snapshot,v,u.stoppedTaskThreshold),completionAt:m?D(m.snapshot,v,o):void 0,targetReadAt:o.nextTargetReadAt()})),E=$(m?.snapshot)&&P-f>h.yc
const g=E?h.yc:Math.max(0,P-f),R=Math.min((0,h.qC)({elapsedMs:f-n,backoffLevel:w,now:f,ecsCallTimes:o.ecsCallTimes,baseMs:g},d),r-f)
try{await t.sleep(R,e.signal)}catch(t){if(e.signal?.aborted)return L()
throw t}}}(e,t,e.log??(e=>n.Rm.info(e)))}finally{s&&n.Rm.endGroup()}}function A(e,t){const s=(e.service.deployments??[]).map(e=>[e.id===t?"*":"",e.status,e.rolloutState,e.desiredCount,e.pendingCount,e.runningCount,e.failedTasks].join(":")),n=e.serviceDeployment
return[...s,n?.status,n?.lifecycleStage].join("|")}function S(e,t,s){const n=e?.service.deployments?.find(e=>e.id===t.deploymentId)
if(!e||!n)return 1
const i=e.service.deploymentConfiguration?.deploymentCircuitBreaker?.enable
return(0,h.ZW)({failedTasks:n.failedTasks??0,liveTasks:(n.pendingCount??0)+(n.runningCount??0),stoppedTaskThreshold:s,circuitBreakerThreshold:i?(0,h.l9)(n.desiredCount??0):void 0})}function D(e,t,s){if(!(0,p.ZV)(e.service))return s.completionAt(e,t.deploymentId)
const n=e.serviceDeployment,i=t.stages?.[t.stages.length-1]
return"IN_PROGRESS"===n?.status&&i?(0,h.U$)({stage:n.lifecycleStage,stageStartedAt:i.startedAt,bakeMs:6e4*(n.deploymentConfiguration?.bakeTimeInMinutes??0),drainMs:s.drainMs()}):void 0}function $(e){const t=e?.serviceDeployment
return!(!t||!(0,p.ZV)(e.service))&&(!!t.status?.startsWith("ROLLBACK_")||(0,p.Fq)(e.service,t.lifecycleStage))}function T(e,t){return(0,c.Bs)(e,e.service.deployments?.find(e=>e.id===t.deploymentId))}function C(e){return`${e.createdAt?new Date((0,c.kB)(e.createdAt)).toISOString().slice(11,19):"--:--:--"} ${e.message??""}`}function b(e){return(0,c.nw)(e.events??[]).slice(-v).map(C)}class R{log
started
clock
timeline=[]
seenEvents=new Set
lastStatus=""
lastStage=""
first=!0
constructor(e,t,s){this.log=e,this.started=t,this.clock=s}add(e){this.timeline.push({atMs:this.clock.now()-this.started,text:e}),this.log(e)}report(e,t){const s=t.deploymentCreatedAt??0
let n=(0,c.nw)(e.service.events??[]).filter(e=>!this.seenEvents.has(e.id??e.message??""))
for(const e of n)this.seenEvents.add(e.id??e.message??"")
if(this.first&&(n=n.filter(e=>(0,c.kB)(e.createdAt)>=s).slice(-v)),this.first){const s=e.service.deployments?.find(e=>e.id===t.deploymentId)
this.add(`Following deployment ${t.deploymentId} (revision ${(0,c.pd)(s?.taskDefinition)}) of service ${e.service.serviceName}`),this.first=!1}for(const e of n)this.add(`event: ${C(e)}`)
this.reportStage(e,t)
const i=T(e,t)
i!==this.lastStatus&&(this.lastStatus=i,this.add(`status: ${i}`))}reportStage(e,t){const s=e.serviceDeployment,n=t.stages??[]
if(!s||0===n.length)return
const i=(0,p.k)(s,n,e.now,e.greenProductionPercent),a=n[n.length-1],r="BAKE_TIME"===s.lifecycleStage?Math.floor((e.now-a.startedAt)/6e4):0,o=`${s.status} ${i.replace(/, bake time left .*/,"")} ${r}`
o!==this.lastStage&&(this.lastStage=o,this.add(`${s.status??"PENDING"}: ${i}`))}}}}

