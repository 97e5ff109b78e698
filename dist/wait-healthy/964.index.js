export const id=964
export const ids=[964]
export const modules={469:(e,t,s)=>{s.d(t,{C0:()=>a,uS:()=>i,vz:()=>o})
s(8730),s(3024),s(6760),s(8815)
var n=s(7268)
n.dz
async function i(e,t,n){const{DescribeServicesCommand:i}=await Promise.resolve().then(s.t.bind(s,212,19)),a=await e.send(new i({cluster:t.cluster,services:[t.service]}),{abortSignal:n}),o=a.services?.[0]
return{found:o,missing:o?"":a.failures?.[0]?.reason??"MISSING",$metadata:a.$metadata}}async function a(e,t,n){const{ListServiceDeploymentsCommand:i}=await Promise.resolve().then(s.t.bind(s,212,19))
return e.send(new i(t),{abortSignal:n})}async function o(e,t,n){const{DescribeServiceRevisionsCommand:i}=await Promise.resolve().then(s.t.bind(s,212,19)),a=await e.send(new i({serviceRevisionArns:[t]}),{abortSignal:n})
return{taskDefinition:a.serviceRevisions?.[0]?.taskDefinition,$metadata:a.$metadata}}},3964:(e,t,s)=>{s.d(t,{waitForDeployment:()=>A})
var n=s(8500),i=s(8795),a=s(8730),o=s(7268),r=s(212),l=s(586),d=s(469),c=s(5745),h=s(8388)
const p={tasks:"The deployment's tasks cannot be read, so stopped-task reasons are not reported and target health is checked per target group, not per task",targetHealth:"Target health is not checked: the deployment is judged on ECS alone (its rollout state, task counts and events)",history:"The service deployment history cannot be read, so a deployment ECS no longer lists cannot be told rolled back from replaced"}
class u{options
tasks=new Map
last={running:0,failed:0}
failedWhenListedStopped=0
lastListAt=-1/0
listedStoppedOfGone=!1
ecsCallTimes=[]
calls={}
retried=!1
denied={}
constructor(e){this.options=e}async read(e){this.retried=!1
const t=await this.describeService(),s=e??t.deployments?.find(e=>"PRIMARY"===e.status)?.id,n=t.deployments?.find(e=>e.id===s),i=this.options.targetGroupArns??[...new Set((t.loadBalancers??[]).map(e=>e.targetGroupArn).filter(e=>!!e))]
await this.optional("tasks",async()=>{if(n?.id)await this.refreshTasks(n.id,n,i.length>0)
else if(s&&!this.listedStoppedOfGone){this.listedStoppedOfGone=!0
const e=await this.listTasks(s,"STOPPED")
await this.describeTasks(e.filter(e=>!this.tasks.has(e)))}})
const a=[...this.tasks.values()],o=void 0!==this.denied.tasks,r={}
return(o?(n?.runningCount??0)>0:a.some(e=>"RUNNING"===e.lastStatus&&"RUNNING"===e.desiredStatus))&&await this.optional("targetHealth",async()=>{for(const e of i)r[e]=await this.describeTargetHealth(e)}),{now:this.options.now(),service:t,tasks:a,targets:r,targetGroupArns:this.denied.targetHealth?[]:i,...o?{tasksUnknown:o}:{}}}async optional(e,t){if(!this.denied[e])try{await t()}catch(t){const s=(0,c.WI)(t)
if(!s||"targetHealth"===e&&this.options.targetGroupArns)throw t
this.denied[e]=s,(this.options.warn??c.mc)((0,c.u5)(s,p[e]))}}async readHistory(e,t){const s=t.filter(t=>t.startedBy===e&&t.taskDefinitionArn)
if(0===s.length)return
const n=s[0].taskDefinitionArn
let i
return await this.optional("history",async()=>{i=await this.readServiceDeployments(s,n)}),i??{taskDefinitionArn:n,later:[],unreadable:this.denied.history?.action}}async readServiceDeployments(e,t){const{cluster:s,service:n,signal:i}=this.options,a=[]
let o
for(let e=0;e<5;e++){const e=await this.send("ecs","ListServiceDeployments",()=>(0,d.C0)(this.options.ecs,{cluster:s,service:n,nextToken:o},i))
if(a.push(...e.serviceDeployments??[]),o=e.nextToken,!o)break}const{match:l,later:c}=function(e,t){const s=Math.min(...t.map(e=>(0,h.kB)(e.createdAt??e.startedAt??e.stoppingAt)).filter(e=>e>0)),n=[...e].sort((e,t)=>(0,h.kB)(t.createdAt)-(0,h.kB)(e.createdAt))
if(!Number.isFinite(s))return{later:[]}
const i=n.findIndex(e=>(0,h.kB)(e.createdAt)<=s)
return i<0?{later:[]}:{match:n[i],later:n.slice(0,i)}}(a,e)
if(!l?.serviceDeploymentArn||!l.targetServiceRevisionArn)return{taskDefinitionArn:t,later:[]}
if((await this.send("ecs","DescribeServiceRevisions",()=>(0,d.vz)(this.options.ecs,l.targetServiceRevisionArn,i))).taskDefinition!==t)return{taskDefinitionArn:t,later:[]}
const p=await this.send("ecs","DescribeServiceDeployments",()=>this.options.ecs.send(new r.A6p({serviceDeploymentArns:[l.serviceDeploymentArn]}),{abortSignal:i}))
return{taskDefinitionArn:t,serviceDeployment:p.serviceDeployments?.[0],later:c}}async describeService(){const{cluster:e,service:t}=this.options
let s
try{s=await this.send("ecs","DescribeServices",()=>(0,d.uS)(this.options.ecs,{cluster:e,service:t},this.options.signal))}catch(t){if("ClusterNotFoundException"===t.name)throw new o.dz("cluster",`cluster ${e} not found`,"Check the cluster name and aws-region")
throw t}if(!s.found)throw new o.dz("service",`service ${t} not found in cluster ${e} (${s.missing})`,"Check the service and cluster names and aws-region")
return s.found}async refreshTasks(e,t,s){const n=t.runningCount??0,i=t.failedTasks??0,a=[...this.tasks.values()],o=a.filter(e=>"RUNNING"===e.desiredStatus),r=a.length-o.length,l=this.options.now(),d=new Set,c=s&&n>o.length&&(n>this.last.running||l-this.lastListAt>=3e4)
let h
const p=void 0!==this.last.desired&&t.desiredCount!==this.last.desired
if((c||p)&&(s||o.length>0)){this.lastListAt=l,h=new Set(await this.listTasks(e,"RUNNING"))
for(const e of h)this.tasks.has(e)||d.add(e)
for(const e of o)h.has(e.taskArn)||d.add(e.taskArn)}if(i>this.last.failed&&!h)for(const e of o)d.add(e.taskArn)
if(n!==this.last.running)for(const e of o)"RUNNING"!==e.lastStatus&&d.add(e.taskArn)
this.last={running:n,failed:i,desired:t.desiredCount},await this.describeTasks([...d])
const u=[...this.tasks.values()].filter(e=>"STOPPED"===e.desiredStatus).length
if(i>Math.max(u,r)&&i>this.failedWhenListedStopped){this.failedWhenListedStopped=i
const t=await this.listTasks(e,"STOPPED")
await this.describeTasks(t.filter(e=>!this.tasks.has(e)))}}async listTasks(e,t){const s=[]
let n
do{const i=await this.send("ecs","ListTasks",()=>this.options.ecs.send(new r.MYg({cluster:this.options.cluster,startedBy:e,desiredStatus:t,nextToken:n}),{abortSignal:this.options.signal}))
s.push(...i.taskArns??[]),n=i.nextToken}while(n)
return s}async describeTasks(e){for(let t=0;t<e.length;t+=100){const s=await this.send("ecs","DescribeTasks",()=>this.options.ecs.send(new r.z8X({cluster:this.options.cluster,tasks:e.slice(t,t+100)}),{abortSignal:this.options.signal}))
for(const e of s.tasks??[])e.taskArn&&this.tasks.set(e.taskArn,e)}}async describeTargetHealth(e){try{return(await this.send("elbv2","DescribeTargetHealth",()=>this.options.elb.send(new l.qyg({TargetGroupArn:e}),{abortSignal:this.options.signal}))).TargetHealthDescriptions??[]}catch(t){if(this.options.targetGroupArns&&"TargetGroupNotFoundException"===t.name)throw new o.dz("target-group-arns",`target group ${e} not found`,"Check the ARN and aws-region, or leave the input empty to use the service's target groups")
throw t}}async send(e,t,s){const n=`${e}:${t}`
this.calls[n]=(this.calls[n]??0)+1,"ecs"===e&&this.ecsCallTimes.push(this.options.now())
const i=await s()
return(i.$metadata?.attempts??1)>1&&(this.retried=!0),i}}const f={ecsCallsPerMinute:36,maxDelayMs:3e4}
function m(e,t=f){const{elapsedMs:s,backoffLevel:n,now:i,ecsCallTimes:a,starting:o}=e,r=s<18e4?o?3e3:2e3:s<6e5?3e3:s<12e5?5e3:1e4
let l=Math.min(r*2**Math.max(0,n),t.maxDelayMs)
const d=a.filter(e=>e>i-6e4).sort((e,t)=>e-t),c=d.length+1-t.ecsCallsPerMinute
return c>0&&(l=Math.max(l,d[c-1]+6e4-i+1)),l}const y={stoppedTaskThreshold:3}
function k(e,t,s=y,n){const{service:i}=e,a=i.deployments??[],o=a.find(e=>"PRIMARY"===e.status),r=function(e,t,s){const n=e.service.deployments??[],i=t.deploymentId??s?.id,a=n.find(e=>e.id===i),o=new Set(t.otherTaskDefinitionArns)
for(const e of n)a&&e.id!==i&&e.taskDefinition&&e.taskDefinition!==a.taskDefinition&&!g(e,a)&&o.add(e.taskDefinition)
return{deploymentId:i,taskDefinitionArn:a?.taskDefinition??t.taskDefinitionArn,deploymentCreatedAt:a?.createdAt?(0,h.kB)(a.createdAt):t.deploymentCreatedAt,otherTaskDefinitionArns:[...o],lastCompletedTaskDefinitionArn:(0,h.pv)(n)??t.lastCompletedTaskDefinitionArn,targetProblems:{...(0,h.EY)(e),...t.targetProblems}}}(e,t,o),l=(e,t,s,n=[])=>({status:e,outcome:t,reason:s,details:n,memory:r})
if(i.status&&"ACTIVE"!==i.status)return l("failed","failed",`Service ${i.serviceName} is ${i.status}: it was deleted while waiting`)
const d=a.find(e=>e.id===r.deploymentId),c=(0,h.Jo)(e.tasks)
d&&Object.assign(r.targetProblems,(0,h.fJ)(e,d).problemsByTask)
const p=c.map(e=>(0,h.us)(e,r.targetProblems)),u=(e,t,s)=>t?l("failed","rolled-back-by-ecs",function(e,t,s,n){const i=s?.rolloutStateReason?` (${s.rolloutStateReason})`:""
return`Deployment ${e.deploymentId} (revision ${(0,h.pd)(e.taskDefinitionArn)}) failed${i} and ECS rolled it back: ${(0,h.pC)(t)} is now PRIMARY${(0,h.WQ)(n,e.targetProblems)}`}(r,e,s,c),p):l("failed","replaced",function(e,t){return`Deployment ${e.deploymentId} (revision ${(0,h.pd)(e.taskDefinitionArn)}) was replaced by deployment ${(0,h.pC)(t)}: someone else deployed`}(r,e),p)
if(!d){if(!r.taskDefinitionArn){if(n){const e={...r,taskDefinitionArn:n.taskDefinitionArn},t=function(e,t,s,n,i){const a=`${t.deploymentId} (revision ${(0,h.pd)(t.taskDefinitionArn)})`,o=s?`${(0,h.pC)(s)} is now PRIMARY`:"no deployment is PRIMARY",r=n.serviceDeployment,l=(r?.statusReason??r?.rollback?.reason)?.trim(),d=`Deployment ${a} failed${l?` (${l})`:""}`,c=(e,t)=>({status:"failed",outcome:e,reason:t})
if(!r?.status&&n.unreadable)return c("replaced",`Deployment ${a} is no longer a deployment of service ${e.serviceName}, and without ${n.unreadable} its service deployment history cannot tell whether ECS rolled it back or another deployment replaced it: ${o}${i}`)
if(!r?.status)return c("replaced",`Deployment ${a} is no longer a deployment of service ${e.serviceName} and its service deployment history is gone: ${o}`)
switch(r.status){case"ROLLBACK_SUCCESSFUL":return c("rolled-back-by-ecs",`${d} and ECS rolled it back: ${o}${i}`)
case"ROLLBACK_REQUESTED":case"ROLLBACK_IN_PROGRESS":return c("rolled-back-by-ecs",`${d} and ECS is rolling it back: ${o}${i}`)
case"ROLLBACK_FAILED":return c("rolled-back-by-ecs",`${d} and ECS rolled it back, but the rollback failed too: ${o}${i}`)}if("STOPPED"===r.status&&"TRIGGERED"===r.deploymentCircuitBreaker?.status)return c("failed",`Rollout of ${a} FAILED: ${(0,h.wD)(l??"no reason given",i)}`)
if(n.later.length>0&&s){const e=n.later.length>1?`, the newest of ${n.later.length} deployments started after it`:""
return c("replaced",`Deployment ${a} was replaced by deployment ${(0,h.pC)(s)}${e}: someone else deployed`)}return{status:"waiting",outcome:void 0,reason:`Deployment ${a} is not listed by the service yet (service deployment ${r.status})`}}(i,e,o,n,(0,h.WQ)(c,r.targetProblems))
return{...t,details:p,memory:"waiting"===t.status?r:e}}const e=o?` The PRIMARY deployment is ${(0,h.pC)(o)}`:""
return l("failed","not-found",`Deployment ${r.deploymentId} is not a deployment of service ${i.serviceName}.${e}`)}return o?u(o,function(e,t){return!!e.taskDefinition&&t.otherTaskDefinitionArns.includes(e.taskDefinition)&&e.id!==t.deploymentId}(o,r)):l("failed","failed",`Deployment ${r.deploymentId} disappeared from service ${i.serviceName}`,p)}if("PRIMARY"!==d.status&&o)return u(o,"FAILED"===d.rolloutState,d)
if("FAILED"===d.rolloutState){const e=d.rolloutStateReason||"no reason given"
return l("failed","failed",`Rollout of ${(0,h.pC)(d)} FAILED: ${(0,h.wD)(e,(0,h.WQ)(c,r.targetProblems))}`,p)}const f=function(e,t){const s=t.deploymentCreatedAt??0,n=new Set(e.tasks.map(e=>e.taskArn?.split("/").pop())),i=1e3*(e.service.healthCheckGracePeriodSeconds??0)
for(const t of(0,h.nw)(e.service.events??[])){if((0,h.kB)(t.createdAt)<s)continue
const a=t.message??""
if(/was unable to place a task/i.test(a))return a
const o=/\(task ([0-9a-f]+)\).*is unhealthy in \(target-group/i.exec(a)
if(o&&n.has(o[1])){const s=e.tasks.find(e=>e.taskArn?.endsWith(`/${o[1]}`))
if(s?.startedAt&&(0,h.kB)(t.createdAt)-(0,h.kB)(s.startedAt)>=i)return a}}return}(e,r)
if(f)return l("failed","failed",`ECS reports: ${f}`,p)
const m=Math.max(c.length,d.failedTasks??0)
if(m>=s.stoppedTaskThreshold)return l("failed","failed",`${m} tasks of ${(0,h.pC)(d)} stopped${(0,h.WQ)(c,r.targetProblems)}`,p)
const k=(0,h.fJ)(e,d)
if(k.unhealthyPastGrace.length>0){const e=i.healthCheckGracePeriodSeconds??0
return l("failed","failed",`Targets of ${(0,h.pC)(d)} are unhealthy past the ${e} s health check grace period: ${k.unhealthyPastGrace[0]}`,[...k.unhealthyPastGrace,...p])}return"PRIMARY"===d.status&&(d.rolloutState?"COMPLETED"===d.rolloutState:1===a.length&&(d.runningCount??0)===(d.desiredCount??0))&&k.allHealthy?l("healthy","healthy",`Deployment ${(0,h.pC)(d)} is healthy: ${(0,h.Bs)(e,d)}`):l("waiting",void 0,(0,h.Bs)(e,d),k.notHealthy)}function g(e,t){return!!t.createdAt&&!!e.createdAt&&(0,h.kB)(e.createdAt)>(0,h.kB)(t.createdAt)}const v={now:()=>Date.now(),sleep:(e,t)=>(0,n.setTimeout)(e,void 0,{signal:t})},w=10,$=10
async function A(e){const t=e.clock??v,s=!e.log
s&&i.Rm.startGroup(`Waiting for service ${e.service} in cluster ${e.cluster} to be healthy`)
try{return await async function(e,t,s){const n=t.now(),i=n+e.timeoutMs,r=new u({...e,now:()=>t.now()}),l=new C(s,n,t),d={...f,...e.pacing},c={...y,...e.stoppedTaskThreshold?{stoppedTaskThreshold:e.stoppedTaskThreshold}:{}}
let p,g=(A=e.deploymentId,{deploymentId:A,otherTaskDefinitionArns:[],targetProblems:{}}),v=0,$=0
var A
const b=(s,i,a)=>{l.add(i)
const o=p?.snapshot.service.deployments?.find(e=>"PRIMARY"===e.status)
return{healthy:"healthy"===s,outcome:s,reason:i,details:a,elapsedMs:t.now()-n,deploymentId:g.deploymentId??e.deploymentId??"",taskDefinitionArn:o?.taskDefinition??p?.snapshot.service.taskDefinition??"",lastCompletedTaskDefinitionArn:g.lastCompletedTaskDefinitionArn,timeline:l.timeline}},I=()=>{const t=e.signal?.reason instanceof Error?e.signal.reason.message:"Cancelled",s=p?`; it was ${S(p.snapshot,g)}`:""
return b("cancelled",`${t} while waiting for deployment ${g.deploymentId??"(not yet read)"} of service ${e.service}${s}. ECS carries on with the deployment`,p?T(p.snapshot.service):[])}
for(;;){if(e.signal?.aborted)return I()
try{const e=await r.read(g.deploymentId)
let t=k(e,g,c)
if("not-found"===t.outcome&&g.deploymentId){const s=await r.readHistory(g.deploymentId,e.tasks)
t=k(e,g,c,s)}if(g=t.memory,p={snapshot:e,verdict:t},$=0,v=r.retried?v+1:Math.max(0,v-1),l.report(e,g),"waiting"!==t.status)return b(t.outcome??"failed",t.reason,t.details)}catch(t){if(e.signal?.aborted)return I()
if(t instanceof o.lZ)throw t
if(!(0,a.Sc)(t)||++$>=w)throw(0,a.es)(t,`waiting for service ${e.service} in cluster ${e.cluster}`)
v++,l.add(`AWS error while polling (${t.name}: ${t.message}); polling again`)}const s=t.now()
if(s>=i){const t=+(e.timeoutMs/6e4).toFixed(2),s=p?`: ${S(p.snapshot,g)}`:"",n=p?(0,h.Jo)(p.snapshot.tasks).map(e=>(0,h.us)(e,g.targetProblems)):[]
return b("timeout",`Timed out after ${t} min waiting for deployment ${g.deploymentId??"(unknown)"} of service ${e.service} to be healthy${s}`,[...p?.verdict.details??[],...n,...p?["Last events:",...T(p.snapshot.service)]:[]])}const u=Math.min(m({elapsedMs:s-n,backoffLevel:v,now:s,ecsCallTimes:r.ecsCallTimes,starting:D(p?.snapshot,g)},d),i-s)
try{await t.sleep(u,e.signal)}catch(t){if(e.signal?.aborted)return I()
throw t}}}(e,t,e.log??(e=>i.Rm.info(e)))}finally{s&&i.Rm.endGroup()}}function D(e,t){const s=e?.service.deployments?.find(e=>e.id===t.deploymentId)
return!!s&&0===(s.runningCount??0)&&0===(s.failedTasks??0)}function S(e,t){return(0,h.Bs)(e,e.service.deployments?.find(e=>e.id===t.deploymentId))}function b(e){return`${e.createdAt?new Date((0,h.kB)(e.createdAt)).toISOString().slice(11,19):"--:--:--"} ${e.message??""}`}function T(e){return(0,h.nw)(e.events??[]).slice(-$).map(b)}class C{log
started
clock
timeline=[]
seenEvents=new Set
lastStatus=""
first=!0
constructor(e,t,s){this.log=e,this.started=t,this.clock=s}add(e){this.timeline.push({atMs:this.clock.now()-this.started,text:e}),this.log(e)}report(e,t){const s=t.deploymentCreatedAt??0
let n=(0,h.nw)(e.service.events??[]).filter(e=>!this.seenEvents.has(e.id??e.message??""))
for(const e of n)this.seenEvents.add(e.id??e.message??"")
if(this.first&&(n=n.filter(e=>(0,h.kB)(e.createdAt)>=s).slice(-$)),this.first){const s=e.service.deployments?.find(e=>e.id===t.deploymentId)
this.add(`Following deployment ${t.deploymentId} (revision ${(0,h.pd)(s?.taskDefinition)}) of service ${e.service.serviceName}`),this.first=!1}for(const e of n)this.add(`event: ${b(e)}`)
const i=S(e,t)
i!==this.lastStatus&&(this.lastStatus=i,this.add(`status: ${i}`))}}}}

