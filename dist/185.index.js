export const id=185
export const ids=[185]
export const modules={5016:(e,t,s)=>{s.d(t,{C0:()=>a,M7:()=>r,uS:()=>i,vz:()=>o})
var n=s(6077)
async function i(e,t,n){const{DescribeServicesCommand:i}=await Promise.resolve().then(s.t.bind(s,212,19)),a=await e.send(new i({cluster:t.cluster,services:[t.service]}),{abortSignal:n}),o=a.services?.[0]
return{found:o,missing:o?"":a.failures?.[0]?.reason??"MISSING",$metadata:a.$metadata}}async function a(e,t,n){const{ListServiceDeploymentsCommand:i}=await Promise.resolve().then(s.t.bind(s,212,19))
return e.send(new i(t),{abortSignal:n})}async function o(e,t,n){const{DescribeServiceRevisionsCommand:i}=await Promise.resolve().then(s.t.bind(s,212,19)),a=await e.send(new i({serviceRevisionArns:[t]}),{abortSignal:n})
return{taskDefinition:a.serviceRevisions?.[0]?.taskDefinition,$metadata:a.$metadata}}async function r(e,t,s){try{const i=await(0,n.bK)(e,{...t,input:s})
return{arn:i.arn,definition:i.definition}}catch(e){if((0,n.sO)(e))return
throw e}}},4022:(e,t,s)=>{s.d(t,{o:()=>a,w:()=>i})
var n=s(8388)
function i(e,t,s,i,a){const o=`${t.deploymentId} (revision ${(0,n.pd)(t.taskDefinitionArn)})`,r=s?`${(0,n.pC)(s)} is now PRIMARY`:"no deployment is PRIMARY",l=i.serviceDeployment,c=(l?.statusReason??l?.rollback?.reason)?.trim(),d=`Deployment ${o} failed${c?` (${c})`:""}`,h=(e,t)=>({status:"failed",outcome:e,reason:t})
if(!l?.status&&i.unreadable)return h("replaced",`Deployment ${o} is no longer a deployment of service ${e.serviceName}, and without ${i.unreadable} its service deployment history cannot tell whether ECS rolled it back or another deployment replaced it: ${r}${a}`)
if(!l?.status)return h("replaced",`Deployment ${o} is no longer a deployment of service ${e.serviceName} and its service deployment history is gone: ${r}`)
switch(l.status){case"ROLLBACK_SUCCESSFUL":return h("rolled-back-by-ecs",`${d} and ECS rolled it back: ${r}${a}`)
case"ROLLBACK_REQUESTED":case"ROLLBACK_IN_PROGRESS":return h("rolled-back-by-ecs",`${d} and ECS is rolling it back: ${r}${a}`)
case"ROLLBACK_FAILED":return h("rolled-back-by-ecs",`${d} and ECS rolled it back, but the rollback failed too: ${r}${a}`)}if("STOPPED"===l.status&&"TRIGGERED"===l.deploymentCircuitBreaker?.status)return h("failed",`Rollout of ${o} FAILED: ${(0,n.wD)(c??"no reason given",a)}`)
if(i.later.length>0&&s){const e=i.later.length>1?`, the newest of ${i.later.length} deployments started after it`:""
return h("replaced",`Deployment ${o} was replaced by deployment ${(0,n.pC)(s)}${e}: someone else deployed`)}return{status:"waiting",outcome:void 0,reason:`Deployment ${o} is not listed by the service yet (service deployment ${l.status})`}}function a(e,t){const s=Math.min(...t.map(e=>(0,n.kB)(e.createdAt??e.startedAt??e.stoppingAt)).filter(e=>e>0)),i=[...e].sort((e,t)=>(0,n.kB)(t.createdAt)-(0,n.kB)(e.createdAt))
if(!Number.isFinite(s))return{later:[]}
const a=i.findIndex(e=>(0,n.kB)(e.createdAt)<=s)
return a<0?{later:[]}:{match:i[a],later:i.slice(0,a)}}},8041:(e,t,s)=>{s.d(t,{aF:()=>h,hz:()=>p,qC:()=>u})
var n=s(212),i=s(586),a=s(5016),o=s(5745),r=s(7268),l=s(4022),c=s(9283)
const d={tasks:"The deployment's tasks cannot be read, so stopped-task reasons are not reported and target health is checked per target group, not per task",targetHealth:"Target health is not checked: the deployment is judged on ECS alone (its rollout state, task counts and events)",history:"The service deployment history cannot be read, so a deployment ECS no longer lists cannot be told rolled back from replaced",listenerRule:"The production listener rule cannot be read, so the traffic split shown is the one the service deployment requested"}
class h{options
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
constructor(e){this.options=e}async read(e){this.retried=!1
const t=await this.describeService(),s=e??t.deployments?.find(e=>"PRIMARY"===e.status)?.id,n=t.deployments?.find(e=>e.id===s),i=this.options.targetGroupArns??[...new Set((t.loadBalancers??[]).map(e=>e.targetGroupArn).filter(e=>!!e))],a=(0,c.ZV)(t),o={}
if(a)for(const e of t.loadBalancers??[])e.targetGroupArn&&e.advancedConfiguration?.alternateTargetGroupArn&&(o[e.targetGroupArn]=e.advancedConfiguration.alternateTargetGroupArn)
const r=a?await this.readServiceDeployment((0,c.v)(t),n):void 0
await this.optional("tasks",async()=>{if(n?.id)await this.refreshTasks(n.id,n,i.length>0)
else if(s&&!this.listedStoppedOfGone){this.listedStoppedOfGone=!0
const e=await this.listTasks(s,"STOPPED")
await this.describeTasks(e.filter(e=>!this.tasks.has(e)))}})
const l=[...this.tasks.values()],d=void 0!==this.denied.tasks,h={};(d?(n?.runningCount??0)>0:l.some(e=>"RUNNING"===e.lastStatus&&"RUNNING"===e.desiredStatus))&&await this.optional("targetHealth",async()=>{for(const e of i){h[e]=await this.describeTargetHealth(e)
const t=o[e]
t&&(h[t]=await this.describeTargetHealth(t))}})
const p=a?t.loadBalancers?.find(e=>e.advancedConfiguration?.productionListenerRule)?.advancedConfiguration:void 0
let u
return p?.productionListenerRule&&p.alternateTargetGroupArn&&"IN_PROGRESS"===r?.status&&await this.optional("listenerRule",async()=>{u=await this.productionWeight(p.productionListenerRule,p.alternateTargetGroupArn)}),{now:this.options.now(),service:t,tasks:l,targets:h,targetGroupArns:this.denied.targetHealth?[]:i,...d?{tasksUnknown:d}:{},...a?{alternateTargetGroups:o,serviceDeployment:r}:{},...void 0!==u?{greenProductionPercent:u}:{}}}async readServiceDeployment(e,t){const{cluster:s,service:i,signal:l}=this.options
try{if(!this.serviceDeploymentArn){const e=await this.send("ecs","ListServiceDeployments",()=>(0,a.C0)(this.options.ecs,{cluster:s,service:i},l))
if(this.serviceDeploymentArn=(0,c.wH)(e.serviceDeployments??[],t?.createdAt)?.serviceDeploymentArn,!this.serviceDeploymentArn)return}const e=this.serviceDeploymentArn,o=await this.send("ecs","DescribeServiceDeployments",()=>this.options.ecs.send(new n.A6p({serviceDeploymentArns:[e]}),{abortSignal:l}))
return o.serviceDeployments?.[0]}catch(t){const s=(0,o.WI)(t)
if(!s)throw t
throw new r.lZ(`Service ${i} deploys with the ${e} strategy, whose progress only its service deployment shows: ${(0,o.jj)(s)}`,{},{cause:t})}}async productionWeight(e,t){const s=await this.send("elbv2","DescribeRules",()=>this.options.elb.send(new i.Ggo({RuleArns:[e]}),{abortSignal:this.options.signal}))
return(0,c.aU)(s.Rules?.[0],t)}async optional(e,t){if(!this.denied[e])try{await t()}catch(t){const s=(0,o.WI)(t)
if(!s||"targetHealth"===e&&this.options.targetGroupArns)throw t
this.denied[e]=s,(this.options.warn??o.mc)((0,o.u5)(s,d[e]))}}async readHistory(e,t){const s=t.filter(t=>t.startedBy===e&&t.taskDefinitionArn)
if(0===s.length)return
const n=s[0].taskDefinitionArn
let i
return await this.optional("history",async()=>{i=await this.readServiceDeployments(s,n)}),i??{taskDefinitionArn:n,later:[],unreadable:this.denied.history?.action}}async readServiceDeployments(e,t){const{cluster:s,service:i,signal:o}=this.options,r=[]
let c
for(let e=0;e<5;e++){const e=await this.send("ecs","ListServiceDeployments",()=>(0,a.C0)(this.options.ecs,{cluster:s,service:i,nextToken:c},o))
if(r.push(...e.serviceDeployments??[]),c=e.nextToken,!c)break}const{match:d,later:h}=(0,l.o)(r,e)
if(!d?.serviceDeploymentArn||!d.targetServiceRevisionArn)return{taskDefinitionArn:t,later:[]}
if((await this.send("ecs","DescribeServiceRevisions",()=>(0,a.vz)(this.options.ecs,d.targetServiceRevisionArn,o))).taskDefinition!==t)return{taskDefinitionArn:t,later:[]}
const p=await this.send("ecs","DescribeServiceDeployments",()=>this.options.ecs.send(new n.A6p({serviceDeploymentArns:[d.serviceDeploymentArn]}),{abortSignal:o}))
return{taskDefinitionArn:t,serviceDeployment:p.serviceDeployments?.[0],later:h}}async describeService(){const{cluster:e,service:t}=this.options
let s
try{s=await this.send("ecs","DescribeServices",()=>(0,a.uS)(this.options.ecs,{cluster:e,service:t},this.options.signal))}catch(t){if("ClusterNotFoundException"===t.name)throw new r.dz("cluster",`cluster ${e} not found`,"Check the cluster name and aws-region")
throw t}if(!s.found)throw new r.dz("service",`service ${t} not found in cluster ${e} (${s.missing})`,"Check the service and cluster names and aws-region")
return s.found}async refreshTasks(e,t,s){const n=t.runningCount??0,i=t.failedTasks??0,a=[...this.tasks.values()],o=a.filter(e=>"RUNNING"===e.desiredStatus),r=a.length-o.length,l=this.options.now(),c=new Set,d=s&&n>o.length&&(n>this.last.running||l-this.lastListAt>=3e4)
let h
const p=void 0!==this.last.desired&&t.desiredCount!==this.last.desired
if((d||p)&&(s||o.length>0)){this.lastListAt=l,h=new Set(await this.listTasks(e,"RUNNING"))
for(const e of h)this.tasks.has(e)||c.add(e)
for(const e of o)h.has(e.taskArn)||c.add(e.taskArn)}if(i>this.last.failed&&!h)for(const e of o)c.add(e.taskArn)
if(n!==this.last.running)for(const e of o)"RUNNING"!==e.lastStatus&&c.add(e.taskArn)
this.last={running:n,failed:i,desired:t.desiredCount},await this.describeTasks([...c])
const u=[...this.tasks.values()].filter(e=>"STOPPED"===e.desiredStatus).length
if(i>Math.max(u,r)&&i>this.failedWhenListedStopped){this.failedWhenListedStopped=i
const t=await this.listTasks(e,"STOPPED")
await this.describeTasks(t.filter(e=>!this.tasks.has(e)))}}async listTasks(e,t){const s=[]
let i
do{const a=await this.send("ecs","ListTasks",()=>this.options.ecs.send(new n.MYg({cluster:this.options.cluster,startedBy:e,desiredStatus:t,nextToken:i}),{abortSignal:this.options.signal}))
s.push(...a.taskArns??[]),i=a.nextToken}while(i)
return s}async describeTasks(e){for(let t=0;t<e.length;t+=100){const s=await this.send("ecs","DescribeTasks",()=>this.options.ecs.send(new n.DescribeTasksCommand({cluster:this.options.cluster,tasks:e.slice(t,t+100)}),{abortSignal:this.options.signal}))
for(const e of s.tasks??[])e.taskArn&&this.tasks.set(e.taskArn,e)}}async describeTargetHealth(e){try{return(await this.send("elbv2","DescribeTargetHealth",()=>this.options.elb.send(new i.qyg({TargetGroupArn:e}),{abortSignal:this.options.signal}))).TargetHealthDescriptions??[]}catch(t){if(this.options.targetGroupArns&&"TargetGroupNotFoundException"===t.name)throw new r.dz("target-group-arns",`target group ${e} not found`,"Check the ARN and aws-region, or leave the input empty to use the service's target groups")
throw t}}async send(e,t,s){const n=`${e}:${t}`
this.calls[n]=(this.calls[n]??0)+1,"ecs"===e&&this.ecsCallTimes.push(this.options.now())
const i=await s()
return(i.$metadata?.attempts??1)>1&&(this.retried=!0),i}}const p={ecsCallsPerMinute:36,maxDelayMs:3e4}
function u(e,t=p){const{elapsedMs:s,backoffLevel:n,now:i,ecsCallTimes:a,starting:o}=e,r=s<18e4?o?3e3:2e3:s<6e5?3e3:s<12e5?5e3:1e4
let l=Math.min(r*2**Math.max(0,n),t.maxDelayMs)
const c=a.filter(e=>e>i-6e4).sort((e,t)=>e-t),d=c.length+1-t.ecsCallsPerMinute
return d>0&&(l=Math.max(l,c[d-1]+6e4-i+1)),l}},8566:(e,t,s)=>{s.r(t),s.d(t,{MAX_CONSECUTIVE_ERRORS:()=>m,realClock:()=>f,waitForDeployment:()=>g})
var n=s(8500),i=s(8795),a=s(3322),o=s(7268),r=s(8041),l=s(8388),c=s(4022),d=s(9283)
const h={stoppedTaskThreshold:3}
function p(e,t,s=h,n){const{service:i}=e,a=i.deployments??[],o=a.find(e=>"PRIMARY"===e.status),r=function(e,t,s){const n=e.service.deployments??[],i=t.deploymentId??s?.id,a=n.find(e=>e.id===i),o=new Set(t.otherTaskDefinitionArns)
for(const e of n)a&&e.id!==i&&e.taskDefinition&&e.taskDefinition!==a.taskDefinition&&!u(e,a)&&o.add(e.taskDefinition)
return{deploymentId:i,taskDefinitionArn:a?.taskDefinition??t.taskDefinitionArn,deploymentCreatedAt:a?.createdAt?(0,l.kB)(a.createdAt):t.deploymentCreatedAt,otherTaskDefinitionArns:[...o],lastCompletedTaskDefinitionArn:(0,l.pv)(n)??t.lastCompletedTaskDefinitionArn,targetProblems:{...(0,l.EY)(e),...t.targetProblems},...t.stages?{stages:t.stages}:{}}}(e,t,o),p=(e,t,s,n=[])=>({status:e,outcome:t,reason:s,details:n,memory:r})
if(i.status&&"ACTIVE"!==i.status)return p("failed","failed",`Service ${i.serviceName} is ${i.status}: it was deleted while waiting`)
const f=(0,d.ZV)(i)?e.serviceDeployment:void 0
let m
if(f){if(r.stages=(0,d.oz)(r.stages??[],f,e.now),m=(0,d.uX)(f,(0,d.v)(i)),"failed"===m.status)return p("failed",m.outcome,m.reason)
if(f.status?.startsWith("ROLLBACK_"))return p("waiting",void 0,m.reason)}const y=a.find(e=>e.id===r.deploymentId),g=(0,l.Jo)(e.tasks)
y&&Object.assign(r.targetProblems,(0,l.fJ)(e,y).problemsByTask)
const v=g.map(e=>(0,l.us)(e,r.targetProblems)),k=(e,t,s)=>t?p("failed","rolled-back-by-ecs",function(e,t,s,n){const i=s?.rolloutStateReason?` (${s.rolloutStateReason})`:""
return`Deployment ${e.deploymentId} (revision ${(0,l.pd)(e.taskDefinitionArn)}) failed${i} and ECS rolled it back: ${(0,l.pC)(t)} is now PRIMARY${(0,l.WQ)(n,e.targetProblems)}`}(r,e,s,g),v):p("failed","replaced",function(e,t){return`Deployment ${e.deploymentId} (revision ${(0,l.pd)(e.taskDefinitionArn)}) was replaced by deployment ${(0,l.pC)(t)}: someone else deployed`}(r,e),v)
if(!y){if(!r.taskDefinitionArn){if(n){const e={...r,taskDefinitionArn:n.taskDefinitionArn},t=(0,l.WQ)(g,r.targetProblems),s=(0,c.w)(i,e,o,n,t)
return{...s,details:v,memory:"waiting"===s.status?r:e}}const e=o?` The PRIMARY deployment is ${(0,l.pC)(o)}`:""
return p("failed","not-found",`Deployment ${r.deploymentId} is not a deployment of service ${i.serviceName}.${e}`)}return o?k(o,function(e,t){return!!e.taskDefinition&&t.otherTaskDefinitionArns.includes(e.taskDefinition)&&e.id!==t.deploymentId}(o,r)):p("failed","failed",`Deployment ${r.deploymentId} disappeared from service ${i.serviceName}`,v)}if("PRIMARY"!==y.status&&o)return k(o,"FAILED"===y.rolloutState,y)
if("FAILED"===y.rolloutState){const e=y.rolloutStateReason||"no reason given"
return p("failed","failed",`Rollout of ${(0,l.pC)(y)} FAILED: ${(0,l.wD)(e,(0,l.WQ)(g,r.targetProblems))}`,v)}const w=function(e,t){const s=t.deploymentCreatedAt??0,n=new Set(e.tasks.map(e=>e.taskArn?.split("/").pop())),i=1e3*(e.service.healthCheckGracePeriodSeconds??0)
for(const t of(0,l.nw)(e.service.events??[])){if((0,l.kB)(t.createdAt)<s)continue
const a=t.message??""
if(/was unable to place a task/i.test(a))return a
const o=/\(task ([0-9a-f]+)\).*is unhealthy in \(target-group/i.exec(a)
if(o&&n.has(o[1])){const s=e.tasks.find(e=>e.taskArn?.endsWith(`/${o[1]}`))
if(s?.startedAt&&(0,l.kB)(t.createdAt)-(0,l.kB)(s.startedAt)>=i)return a}}return}(e,r)
if(w)return p("failed","failed",`ECS reports: ${w}`,v)
const A=Math.max(g.length,y.failedTasks??0)
if(A>=s.stoppedTaskThreshold)return p("failed","failed",`${A} tasks of ${(0,l.pC)(y)} stopped${(0,l.WQ)(g,r.targetProblems)}`,v)
const $=(0,l.fJ)(e,y)
if($.unhealthyPastGrace.length>0){const e=i.healthCheckGracePeriodSeconds??0
return f&&(0,d.Wx)(f.lifecycleStage)?p("failed","failed",`${(0,d.Wi)(f,(0,d.v)(i))} failed at stage ${f.lifecycleStage??"no stage yet"}: targets of ${(0,l.pC)(y)} are unhealthy in the alternate target group past the ${e} s health check grace period, before any production traffic moved (production is untouched): ${$.unhealthyPastGrace[0]}`,[...$.unhealthyPastGrace,...v]):p("failed","failed",`Targets of ${(0,l.pC)(y)} are unhealthy past the ${e} s health check grace period: ${$.unhealthyPastGrace[0]}`,[...$.unhealthyPastGrace,...v])}if(((0,d.ZV)(i)?"done"===m?.status:"PRIMARY"===y.status&&(y.rolloutState?"COMPLETED"===y.rolloutState:1===a.length&&(y.runningCount??0)===(y.desiredCount??0)))&&$.allHealthy)return p("healthy","healthy",`Deployment ${(0,l.pC)(y)} is healthy: ${m?`${m.reason}, `:""}${(0,l.Bs)(e,y)}`)
const D=(0,l.Bs)(e,y)
return p("waiting",void 0,m?`${m.reason}; ${D}`:D,$.notHealthy)}function u(e,t){return!!t.createdAt&&!!e.createdAt&&(0,l.kB)(e.createdAt)>(0,l.kB)(t.createdAt)}const f={now:()=>Date.now(),sleep:(e,t)=>(0,n.setTimeout)(e,void 0,{signal:t})},m=10,y=10
async function g(e){const t=e.clock??f,s=!e.log
s&&i.Rm.startGroup(`Waiting for service ${e.service} in cluster ${e.cluster} to be healthy`)
try{return await async function(e,t,s){const n=t.now(),i=n+e.timeoutMs,c=new r.aF({...e,now:()=>t.now()}),u=new $(s,n,t),f={...r.hz,...e.pacing},y={...h,...e.stoppedTaskThreshold?{stoppedTaskThreshold:e.stoppedTaskThreshold}:{}}
let g,w=(b=e.deploymentId,{deploymentId:b,otherTaskDefinitionArns:[],targetProblems:{}}),D=0,S=0
var b
const C=(s,i,a)=>{u.add(i)
const o=g?.snapshot.service.deployments?.find(e=>"PRIMARY"===e.status)
return{healthy:"healthy"===s,outcome:s,reason:i,details:a,elapsedMs:t.now()-n,deploymentId:w.deploymentId??e.deploymentId??"",taskDefinitionArn:o?.taskDefinition??g?.snapshot.service.taskDefinition??"",lastCompletedTaskDefinitionArn:w.lastCompletedTaskDefinitionArn,timeline:u.timeline,...w.stages?.length?{stages:(0,d.Uc)(w.stages,t.now())}:{},...g?.snapshot.serviceDeployment?.status?{serviceDeploymentStatus:g.snapshot.serviceDeployment.status}:{}}},T=()=>{const t=e.signal?.reason instanceof Error?e.signal.reason.message:"Cancelled",s=g?`; it was ${k(g.snapshot,w)}`:""
return C("cancelled",`${t} while waiting for deployment ${w.deploymentId??"(not yet read)"} of service ${e.service}${s}. ECS carries on with the deployment`,g?A(g.snapshot.service):[])}
for(;;){if(e.signal?.aborted)return T()
try{const e=await c.read(w.deploymentId)
let t=p(e,w,y)
if("not-found"===t.outcome&&w.deploymentId){const s=await c.readHistory(w.deploymentId,e.tasks)
t=p(e,w,y,s)}if(w=t.memory,g={snapshot:e,verdict:t},S=0,D=c.retried?D+1:Math.max(0,D-1),u.report(e,w),"waiting"!==t.status)return C(t.outcome??"failed",t.reason,t.details)}catch(t){if(e.signal?.aborted)return T()
if(t instanceof o.lZ)throw t
if(!(0,a.Sc)(t)||++S>=m)throw(0,a.es)(t,`waiting for service ${e.service} in cluster ${e.cluster}`)
D++,u.add(`AWS error while polling (${t.name}: ${t.message}); polling again`)}const s=t.now()
if(s>=i){const t=+(e.timeoutMs/6e4).toFixed(2),s=g?`: ${k(g.snapshot,w)}`:"",n=g?(0,l.Jo)(g.snapshot.tasks).map(e=>(0,l.us)(e,w.targetProblems)):[]
return C("timeout",`Timed out after ${t} min waiting for deployment ${w.deploymentId??"(unknown)"} of service ${e.service} to be healthy${s}`,[...g?.verdict.details??[],...n,...g?["Last events:",...A(g.snapshot.service)]:[]])}const d=Math.min((0,r.qC)({elapsedMs:s-n,backoffLevel:D,now:s,ecsCallTimes:c.ecsCallTimes,starting:v(g?.snapshot,w)},f),i-s)
try{await t.sleep(d,e.signal)}catch(t){if(e.signal?.aborted)return T()
throw t}}}(e,t,e.log??(e=>i.Rm.info(e)))}finally{s&&i.Rm.endGroup()}}function v(e,t){const s=e?.service.deployments?.find(e=>e.id===t.deploymentId)
return!!s&&0===(s.runningCount??0)&&0===(s.failedTasks??0)}function k(e,t){return(0,l.Bs)(e,e.service.deployments?.find(e=>e.id===t.deploymentId))}function w(e){return`${e.createdAt?new Date((0,l.kB)(e.createdAt)).toISOString().slice(11,19):"--:--:--"} ${e.message??""}`}function A(e){return(0,l.nw)(e.events??[]).slice(-y).map(w)}class ${log
started
clock
timeline=[]
seenEvents=new Set
lastStatus=""
lastStage=""
first=!0
constructor(e,t,s){this.log=e,this.started=t,this.clock=s}add(e){this.timeline.push({atMs:this.clock.now()-this.started,text:e}),this.log(e)}report(e,t){const s=t.deploymentCreatedAt??0
let n=(0,l.nw)(e.service.events??[]).filter(e=>!this.seenEvents.has(e.id??e.message??""))
for(const e of n)this.seenEvents.add(e.id??e.message??"")
if(this.first&&(n=n.filter(e=>(0,l.kB)(e.createdAt)>=s).slice(-y)),this.first){const s=e.service.deployments?.find(e=>e.id===t.deploymentId)
this.add(`Following deployment ${t.deploymentId} (revision ${(0,l.pd)(s?.taskDefinition)}) of service ${e.service.serviceName}`),this.first=!1}for(const e of n)this.add(`event: ${w(e)}`)
this.reportStage(e,t)
const i=k(e,t)
i!==this.lastStatus&&(this.lastStatus=i,this.add(`status: ${i}`))}reportStage(e,t){const s=e.serviceDeployment,n=t.stages??[]
if(!s||0===n.length)return
const i=(0,d.k)(s,n,e.now,e.greenProductionPercent),a=n[n.length-1],o="BAKE_TIME"===s.lifecycleStage?Math.floor((e.now-a.startedAt)/6e4):0,r=`${s.status} ${i.replace(/, bake time left .*/,"")} ${o}`
r!==this.lastStage&&(this.lastStage=r,this.add(`${s.status??"PENDING"}: ${i}`))}}}}

