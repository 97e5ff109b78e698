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
return a<0?{later:[]}:{match:i[a],later:i.slice(0,a)}}},8041:(e,t,s)=>{s.d(t,{aF:()=>p,hz:()=>f,qC:()=>m})
var n=s(212),i=s(586),a=s(5016),o=s(5745),r=s(7268),l=s(4022),c=s(6365),d=s(8388),h=s(9283)
const u={tasks:"The deployment's tasks cannot be read, so stopped-task reasons are not reported and target health is checked per target group, not per task",targetHealth:"Target health is not checked: the deployment is judged on ECS alone (its rollout state, task counts and events)",history:"The service deployment history cannot be read, so a deployment ECS no longer lists cannot be told rolled back from replaced",listenerRule:"The production listener rule cannot be read, so the traffic split shown is the one the service deployment requested"}
class p{options
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
const s=await this.describeService(),n=e??s.deployments?.find(e=>"PRIMARY"===e.status)?.id,i=s.deployments?.find(e=>e.id===n),a=this.options.targetGroupArns??[...new Set((s.loadBalancers??[]).map(e=>e.targetGroupArn).filter(e=>!!e))],o=(0,h.ZV)(s),r={}
if(o)for(const e of s.loadBalancers??[])e.targetGroupArn&&e.advancedConfiguration?.alternateTargetGroupArn&&(r[e.targetGroupArn]=e.advancedConfiguration.alternateTargetGroupArn)
const l=o?await this.readServiceDeployment((0,h.v)(s),i):void 0
await this.optional("tasks",async()=>{if(i?.id)await this.refreshTasks(i.id,i,a.length>0)
else if(n&&!this.listedStoppedOfGone){this.listedStoppedOfGone=!0
const e=await this.listTasks(n,"STOPPED")
await this.describeTasks(e.filter(e=>!this.tasks.has(e)))}})
const u=[...this.tasks.values()],p=void 0!==this.denied.tasks,f={},m=p?(i?.runningCount??0)>0:u.some(e=>"RUNNING"===e.lastStatus&&"RUNNING"===e.desiredStatus)
m&&void 0===this.firstRunningSeenAt&&(this.firstRunningSeenAt=this.options.now())
const g=a.flatMap(e=>r[e]?[e,r[e]]:[e]),y=m?p?[this.firstRunningSeenAt]:u.filter(e=>"RUNNING"===e.lastStatus&&"RUNNING"===e.desiredStatus&&e.startedAt).map(e=>(0,d.kB)(e.startedAt)):[],v=[]
if(m&&!this.denied.targetHealth){const e=this.options.now()
await this.readHealthCheckClocks(g)
const n=void 0!==this.clocks||void 0!==this.denied.healthCheckSettings,a="COMPLETED"===i?.rolloutState||"SUCCESSFUL"===l?.status
for(const i of g){const o=this.groupReads(i),r=t||a||this.unhealthyEventSince(s,i,o.lastReadAt);(n?(0,c.GJ)(o,y,e,r):r)&&v.push(i)}await this.optional("targetHealth",async()=>{for(const e of v)this.targetCache[e]=await this.describeTargetHealth(e)})}for(const e of g)this.targetCache[e]&&(f[e]=this.targetCache[e])
const k=o?s.loadBalancers?.find(e=>e.advancedConfiguration?.productionListenerRule)?.advancedConfiguration:void 0
let w
k?.productionListenerRule&&k.alternateTargetGroupArn&&"IN_PROGRESS"===l?.status&&await this.optional("listenerRule",async()=>{w=await this.productionWeight(k.productionListenerRule,k.alternateTargetGroupArn)})
const A={now:this.options.now(),service:s,tasks:u,targets:f,targetGroupArns:this.denied.targetHealth?[]:a,...p?{tasksUnknown:p}:{},...o?{alternateTargetGroups:r,serviceDeployment:l}:{},...void 0!==w?{greenProductionPercent:w}:{}}
return this.noteTargetReads(A,i,v,y),A}noteTargetReads(e,t,s,n){if(this.registeredAt=n,this.groups=[...e.targetGroupArns,...Object.values(e.alternateTargetGroups??{})],0===s.length)return
const i=!!t&&(0,d.fJ)(e,t).allHealthy,a=e.now
if(i&&void 0===this.healthySince){const e=s.every(e=>{const t=(0,c.GU)(this.groupReads(e),n)
return void 0!==t&&a-t<1e3})
this.healthySince=e?a-c.Yj:a}i||(this.healthySince=void 0)
for(const e of s)this.targetReads.set(e,{...this.groupReads(e),lastReadAt:a,healthy:i})}groups=[]
registeredAt=[]
nextTargetReadAt(){if(this.denied.targetHealth)return
const e=this.groups.map(e=>(0,c.GU)(this.groupReads(e),this.registeredAt)).filter(e=>void 0!==e)
return e.length?Math.min(...e):void 0}completionAt(e,t){if(void 0===this.healthySince||!this.clocks)return
const s=(e.service.deployments??[]).some(e=>e.id!==t),n=Math.max(0,...Object.values(this.clocks).map(e=>e.deregistrationDelayMs))
return this.healthySince+(s?n:0)}groupReads(e){return this.targetReads.get(e)??{clock:this.clocks?.[e],healthy:!1}}unhealthyEventSince(e,t,s){return(e.events??[]).some(e=>(0,d.kB)(e.createdAt)>(s??0)&&!!e.message?.includes(`is unhealthy in (target-group ${t})`))}async readHealthCheckClocks(e){if(this.clocks||this.denied.healthCheckSettings||0===e.length)return
const t={}
await this.optional("healthCheckSettings",async()=>{const s=await this.elbRead("DescribeTargetGroups",()=>this.options.elb.send(new i.sC7({TargetGroupArns:e}),{abortSignal:this.options.signal}))
for(const e of s?.TargetGroups??[]){if(!e.TargetGroupArn||!e.HealthCheckIntervalSeconds)continue
const s=await this.elbRead("DescribeTargetGroupAttributes",()=>this.options.elb.send(new i.cKh({TargetGroupArn:e.TargetGroupArn}),{abortSignal:this.options.signal})),n=s?.Attributes?.find(e=>"deregistration_delay.timeout_seconds"===e.Key)?.Value
t[e.TargetGroupArn]={intervalMs:1e3*e.HealthCheckIntervalSeconds,healthyThreshold:e.HealthyThresholdCount??5,unhealthyThreshold:e.UnhealthyThresholdCount??2,deregistrationDelayMs:1e3*Number(n??300)}}}),this.clocks=t
for(const s of e){const e=this.targetReads.get(s)
e&&this.targetReads.set(s,{...e,clock:t[s]})}}async elbRead(e,t,s){try{return await this.send("elbv2",e,t)}catch(e){throw this.targetGroupInputError(e,s)??e}}async readServiceDeployment(e,t){const{cluster:s,service:i,signal:l}=this.options
try{if(!this.serviceDeploymentArn){const e=await this.send("ecs","ListServiceDeployments",()=>(0,a.C0)(this.options.ecs,{cluster:s,service:i},l))
if(this.serviceDeploymentArn=(0,h.wH)(e.serviceDeployments??[],t?.createdAt)?.serviceDeploymentArn,!this.serviceDeploymentArn)return}const e=this.serviceDeploymentArn,o=await this.send("ecs","DescribeServiceDeployments",()=>this.options.ecs.send(new n.A6p({serviceDeploymentArns:[e]}),{abortSignal:l}))
return o.serviceDeployments?.[0]}catch(t){const s=(0,o.WI)(t)
if(!s)throw t
throw new r.lZ(`Service ${i} deploys with the ${e} strategy, whose progress only its service deployment shows: ${(0,o.jj)(s)}`,{},{cause:t})}}async productionWeight(e,t){const s=await this.send("elbv2","DescribeRules",()=>this.options.elb.send(new i.Ggo({RuleArns:[e]}),{abortSignal:this.options.signal}))
return(0,h.aU)(s.Rules?.[0],t)}async optional(e,t){if(!this.denied[e])try{await t()}catch(t){const s=(0,o.WI)(t)
if(!s||"targetHealth"===e&&this.options.targetGroupArns)throw t
this.denied[e]=s,"healthCheckSettings"!==e&&(this.options.warn??o.mc)((0,o.u5)(s,u[e]))}}async readHistory(e,t){const s=t.filter(t=>t.startedBy===e&&t.taskDefinitionArn)
if(0===s.length)return
const n=s[0].taskDefinitionArn
let i
return await this.optional("history",async()=>{i=await this.readServiceDeployments(s,n)}),i??{taskDefinitionArn:n,later:[],unreadable:this.denied.history?.action}}async readServiceDeployments(e,t){const{cluster:s,service:i,signal:o}=this.options,r=[]
let c
for(let e=0;e<5;e++){const e=await this.send("ecs","ListServiceDeployments",()=>(0,a.C0)(this.options.ecs,{cluster:s,service:i,nextToken:c},o))
if(r.push(...e.serviceDeployments??[]),c=e.nextToken,!c)break}const{match:d,later:h}=(0,l.o)(r,e)
if(!d?.serviceDeploymentArn||!d.targetServiceRevisionArn)return{taskDefinitionArn:t,later:[]}
if((await this.send("ecs","DescribeServiceRevisions",()=>(0,a.vz)(this.options.ecs,d.targetServiceRevisionArn,o))).taskDefinition!==t)return{taskDefinitionArn:t,later:[]}
const u=await this.send("ecs","DescribeServiceDeployments",()=>this.options.ecs.send(new n.A6p({serviceDeploymentArns:[d.serviceDeploymentArn]}),{abortSignal:o}))
return{taskDefinitionArn:t,serviceDeployment:u.serviceDeployments?.[0],later:h}}async describeService(){const{cluster:e,service:t}=this.options
let s
try{s=await this.send("ecs","DescribeServices",()=>(0,a.uS)(this.options.ecs,{cluster:e,service:t},this.options.signal))}catch(t){if("ClusterNotFoundException"===t.name)throw new r.dz("cluster",`cluster ${e} not found`,"Check the cluster name and aws-region")
throw t}if(!s.found)throw new r.dz("service",`service ${t} not found in cluster ${e} (${s.missing})`,"Check the service and cluster names and aws-region")
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
let i
do{const a=await this.send("ecs","ListTasks",()=>this.options.ecs.send(new n.MYg({cluster:this.options.cluster,startedBy:e,desiredStatus:t,nextToken:i}),{abortSignal:this.options.signal}))
s.push(...a.taskArns??[]),i=a.nextToken}while(i)
return s}async describeTasks(e){for(let t=0;t<e.length;t+=100){const s=await this.send("ecs","DescribeTasks",()=>this.options.ecs.send(new n.DescribeTasksCommand({cluster:this.options.cluster,tasks:e.slice(t,t+100)}),{abortSignal:this.options.signal}))
for(const e of s.tasks??[])e.taskArn&&this.tasks.set(e.taskArn,e)}}async describeTargetHealth(e){return(await this.elbRead("DescribeTargetHealth",()=>this.options.elb.send(new i.qyg({TargetGroupArn:e}),{abortSignal:this.options.signal}),e)).TargetHealthDescriptions??[]}targetGroupInputError(e,t){if(!this.options.targetGroupArns||"TargetGroupNotFoundException"!==e.name)return
const s=t??this.options.targetGroupArns.join(", ")
return new r.dz("target-group-arns",`target group ${s} not found`,"Check the ARN and aws-region, or leave the input empty to use the service's target groups")}async send(e,t,s){const n=`${e}:${t}`
this.calls[n]=(this.calls[n]??0)+1,"ecs"===e&&this.ecsCallTimes.push(this.options.now())
const i=await s()
return(i?.$metadata?.attempts??1)>1&&(this.retried=!0),i}}const f={ecsCallsPerMinute:36,maxDelayMs:3e4}
function m(e,t=f){const{elapsedMs:s,backoffLevel:n,now:i,ecsCallTimes:a}=e,o=e.baseMs??(s<18e4?2e3:s<6e5?3e3:s<12e5?5e3:1e4)
let r=Math.min(o*2**Math.max(0,n),t.maxDelayMs)
const l=a.filter(e=>e>i-6e4).sort((e,t)=>e-t),c=l.length+1-t.ecsCallsPerMinute
return c>0&&(r=Math.max(r,l[c-1]+6e4-i+1)),r}},6365:(e,t,s)=>{s.d(t,{GJ:()=>h,GU:()=>d,UU:()=>m,Yj:()=>l,ZW:()=>u,l9:()=>f})
const n=4e3,i=2e4,a=3e4,o=5e3,r=1e4,l=500,c=2e3
function d(e,t){if(0===t.length)return
const{clock:s,lastReadAt:n}=e
if(!s)return
const{intervalMs:i,healthyThreshold:a,unhealthyThreshold:o}=s,r=(n??-1/0)+(e.healthy?(o-1)*i:0)
let c=1/0
for(const e of t){const t=Math.min(a,o),s=Math.max(t,Math.floor((r-e)/i)+1)
c=Math.min(c,e+s*i)}return c+l}function h(e,t,s,n=!1){if(0===t.length)return!1
if(!e.clock||n&&!e.healthy)return!0
const i=d(e,t)
return void 0!==i&&s>=i}function u(e){const t=Math.min(e.stoppedTaskThreshold,e.circuitBreakerThreshold??1/0),s=Math.max(1,t-e.failedTasks)
return e.liveTasks>0?Math.ceil(s/e.liveTasks):2}const p=1e3
function f(e){return Math.max(3,Math.min(200,Math.ceil(e/2)))}function m(e){const{now:t,changedAt:s,completionAt:d,targetReadAt:h}=e,u=(f=e.failureWaves)<=1?n:Math.min(a,(f-1)*i-p)
var f
const m=void 0===d?void 0:d+l
let g=u
if(void 0!==m&&t>=m)g=Math.min(g,Math.max(c,t-m))
else{const e=Math.min(m??1/0,h??1/0)
if(e===1/0)g=Math.min(g,Math.min(r,Math.max(o,t-s)))
else{const s=Math.max(0,e-t)
g=s/Math.max(1,Math.ceil(s/g))}}return void 0!==h&&(g=Math.min(g,Math.max(0,h-t))),g=Math.min(g,Math.max(o,t-e.startedAt)),Math.max(100,Math.round(g))}},8566:(e,t,s)=>{s.r(t),s.d(t,{MAX_CONSECUTIVE_ERRORS:()=>g,realClock:()=>m,waitForDeployment:()=>v})
var n=s(8500),i=s(8795),a=s(8293),o=s(7268),r=s(8041),l=s(8388),c=s(4022),d=s(9283)
const h={stoppedTaskThreshold:3}
function u(e,t,s=h,n){const{service:i}=e,a=i.deployments??[],o=a.find(e=>"PRIMARY"===e.status),r=function(e,t,s){const n=e.service.deployments??[],i=t.deploymentId??s?.id,a=n.find(e=>e.id===i),o=new Set(t.otherTaskDefinitionArns)
for(const e of n)a&&e.id!==i&&e.taskDefinition&&e.taskDefinition!==a.taskDefinition&&!p(e,a)&&o.add(e.taskDefinition)
return{deploymentId:i,taskDefinitionArn:a?.taskDefinition??t.taskDefinitionArn,deploymentCreatedAt:a?.createdAt?(0,l.kB)(a.createdAt):t.deploymentCreatedAt,otherTaskDefinitionArns:[...o],lastCompletedTaskDefinitionArn:(0,l.pv)(n)??t.lastCompletedTaskDefinitionArn,targetProblems:{...(0,l.EY)(e),...t.targetProblems},...t.stages?{stages:t.stages}:{}}}(e,t,o),u=(e,t,s,n=[])=>({status:e,outcome:t,reason:s,details:n,memory:r})
if(i.status&&"ACTIVE"!==i.status)return u("failed","failed",`Service ${i.serviceName} is ${i.status}: it was deleted while waiting`)
const f=(0,d.ZV)(i)?e.serviceDeployment:void 0
let m
if(f){if(r.stages=(0,d.oz)(r.stages??[],f,e.now),m=(0,d.uX)(f,(0,d.v)(i)),"failed"===m.status)return u("failed",m.outcome,m.reason)
if(f.status?.startsWith("ROLLBACK_"))return u("waiting",void 0,m.reason)}const g=a.find(e=>e.id===r.deploymentId),y=(0,l.Jo)(e.tasks)
g&&Object.assign(r.targetProblems,(0,l.fJ)(e,g).problemsByTask)
const v=y.map(e=>(0,l.us)(e,r.targetProblems)),k=(e,t,s)=>t?u("failed","rolled-back-by-ecs",function(e,t,s,n){const i=s?.rolloutStateReason?` (${s.rolloutStateReason})`:""
return`Deployment ${e.deploymentId} (revision ${(0,l.pd)(e.taskDefinitionArn)}) failed${i} and ECS rolled it back: ${(0,l.pC)(t)} is now PRIMARY${(0,l.WQ)(n,e.targetProblems)}`}(r,e,s,y),v):u("failed","replaced",function(e,t){return`Deployment ${e.deploymentId} (revision ${(0,l.pd)(e.taskDefinitionArn)}) was replaced by deployment ${(0,l.pC)(t)}: someone else deployed`}(r,e),v)
if(!g){if(!r.taskDefinitionArn){if(n){const e={...r,taskDefinitionArn:n.taskDefinitionArn},t=(0,l.WQ)(y,r.targetProblems),s=(0,c.w)(i,e,o,n,t)
return{...s,details:v,memory:"waiting"===s.status?r:e}}const e=o?` The PRIMARY deployment is ${(0,l.pC)(o)}`:""
return u("failed","not-found",`Deployment ${r.deploymentId} is not a deployment of service ${i.serviceName}.${e}`)}return o?k(o,function(e,t){return!!e.taskDefinition&&t.otherTaskDefinitionArns.includes(e.taskDefinition)&&e.id!==t.deploymentId}(o,r)):u("failed","failed",`Deployment ${r.deploymentId} disappeared from service ${i.serviceName}`,v)}if("PRIMARY"!==g.status&&o)return k(o,"FAILED"===g.rolloutState,g)
if("FAILED"===g.rolloutState){const e=g.rolloutStateReason||"no reason given"
return u("failed","failed",`Rollout of ${(0,l.pC)(g)} FAILED: ${(0,l.wD)(e,(0,l.WQ)(y,r.targetProblems))}`,v)}const w=function(e,t){const s=t.deploymentCreatedAt??0,n=new Set(e.tasks.map(e=>e.taskArn?.split("/").pop())),i=1e3*(e.service.healthCheckGracePeriodSeconds??0)
for(const t of(0,l.nw)(e.service.events??[])){if((0,l.kB)(t.createdAt)<s)continue
const a=t.message??""
if(/was unable to place a task/i.test(a))return a
const o=/\(task ([0-9a-f]+)\).*is unhealthy in \(target-group/i.exec(a)
if(o&&n.has(o[1])){const s=e.tasks.find(e=>e.taskArn?.endsWith(`/${o[1]}`))
if(s?.startedAt&&(0,l.kB)(t.createdAt)-(0,l.kB)(s.startedAt)>=i)return a}}return}(e,r)
if(w)return u("failed","failed",`ECS reports: ${w}`,v)
const A=Math.max(y.length,g.failedTasks??0)
if(A>=s.stoppedTaskThreshold)return u("failed","failed",`${A} tasks of ${(0,l.pC)(g)} stopped${(0,l.WQ)(y,r.targetProblems)}`,v)
const S=(0,l.fJ)(e,g)
if(S.unhealthyPastGrace.length>0){const e=i.healthCheckGracePeriodSeconds??0
return f&&(0,d.Wx)(f.lifecycleStage)?u("failed","failed",`${(0,d.Wi)(f,(0,d.v)(i))} failed at stage ${f.lifecycleStage??"no stage yet"}: targets of ${(0,l.pC)(g)} are unhealthy in the alternate target group past the ${e} s health check grace period, before any production traffic moved (production is untouched): ${S.unhealthyPastGrace[0]}`,[...S.unhealthyPastGrace,...v]):u("failed","failed",`Targets of ${(0,l.pC)(g)} are unhealthy past the ${e} s health check grace period: ${S.unhealthyPastGrace[0]}`,[...S.unhealthyPastGrace,...v])}if(((0,d.ZV)(i)?"done"===m?.status:"PRIMARY"===g.status&&(g.rolloutState?"COMPLETED"===g.rolloutState:1===a.length&&(g.runningCount??0)===(g.desiredCount??0)))&&S.allHealthy)return u("healthy","healthy",`Deployment ${(0,l.pC)(g)} is healthy: ${m?`${m.reason}, `:""}${(0,l.Bs)(e,g)}`)
const D=(0,l.Bs)(e,g)
return u("waiting",void 0,m?`${m.reason}; ${D}`:D,S.notHealthy)}function p(e,t){return!!t.createdAt&&!!e.createdAt&&(0,l.kB)(e.createdAt)>(0,l.kB)(t.createdAt)}var f=s(6365)
const m={now:()=>Date.now(),sleep:(e,t)=>(0,n.setTimeout)(e,void 0,{signal:t})},g=10,y=10
async function v(e){const t=e.clock??m,s=!e.log
s&&i.Rm.startGroup(`Waiting for service ${e.service} in cluster ${e.cluster} to be healthy`)
try{return await async function(e,t,s){const n=t.now(),i=n+e.timeoutMs,c=new r.aF({...e,now:()=>t.now()}),p=new $(s,n,t),m={...r.hz,...e.pacing},y={...h,...e.stoppedTaskThreshold?{stoppedTaskThreshold:e.stoppedTaskThreshold}:{}}
let v,S=(M=e.deploymentId,{deploymentId:M,otherTaskDefinitionArns:[],targetProblems:{}}),T=0,b=0,C=n,R=""
var M
const I=(s,i,a)=>{p.add(i)
const o=v?.snapshot.service.deployments?.find(e=>"PRIMARY"===e.status)
return{healthy:"healthy"===s,outcome:s,reason:i,details:a,elapsedMs:t.now()-n,deploymentId:S.deploymentId??e.deploymentId??"",taskDefinitionArn:o?.taskDefinition??v?.snapshot.service.taskDefinition??"",lastCompletedTaskDefinitionArn:S.lastCompletedTaskDefinitionArn,timeline:p.timeline,...S.stages?.length?{stages:(0,d.Uc)(S.stages,t.now())}:{},...v?.snapshot.serviceDeployment?.status?{serviceDeploymentStatus:v.snapshot.serviceDeployment.status}:{}}},G=()=>{const t=e.signal?.reason instanceof Error?e.signal.reason.message:"Cancelled",s=v?`; it was ${A(v.snapshot,S)}`:""
return I("cancelled",`${t} while waiting for deployment ${S.deploymentId??"(not yet read)"} of service ${e.service}${s}. ECS carries on with the deployment`,v?D(v.snapshot.service):[])}
for(;;){if(e.signal?.aborted)return G()
try{const e=await c.read(S.deploymentId,t.now()>=i)
let s=u(e,S,y)
if("not-found"===s.outcome&&S.deploymentId){const t=await c.readHistory(S.deploymentId,e.tasks)
s=u(e,S,y,t)}S=s.memory,v={snapshot:e,verdict:s}
const n=k(e,S.deploymentId)
if(n!==R&&([R,C]=[n,t.now()]),b=0,T=c.retried?T+1:Math.max(0,T-1),p.report(e,S),"waiting"!==s.status)return I(s.outcome??"failed",s.reason,s.details)}catch(t){if(e.signal?.aborted)return G()
if(t instanceof o.lZ)throw t
if(!(0,a.Sc)(t)||++b>=g)throw(0,a.es)(t,`waiting for service ${e.service} in cluster ${e.cluster}`)
T++,p.add(`AWS error while polling (${t.name}: ${t.message}); polling again`)}const s=t.now()
if(s>=i){const t=+(e.timeoutMs/6e4).toFixed(2),s=v?`: ${A(v.snapshot,S)}`:"",n=v?(0,l.Jo)(v.snapshot.tasks).map(e=>(0,l.us)(e,S.targetProblems)):[]
return I("timeout",`Timed out after ${t} min waiting for deployment ${S.deploymentId??"(unknown)"} of service ${e.service} to be healthy${s}`,[...v?.verdict.details??[],...n,...v?["Last events:",...D(v.snapshot.service)]:[]])}const d=(0,f.UU)({now:s,startedAt:n,changedAt:C,failureWaves:w(v?.snapshot,S,y.stoppedTaskThreshold),completionAt:v?c.completionAt(v.snapshot,S.deploymentId):void 0,targetReadAt:c.nextTargetReadAt()}),h=Math.min((0,r.qC)({elapsedMs:s-n,backoffLevel:T,now:s,ecsCallTimes:c.ecsCallTimes,baseMs:d},m),i-s)
try{await t.sleep(h,e.signal)}catch(t){if(e.signal?.aborted)return G()
throw t}}}(e,t,e.log??(e=>i.Rm.info(e)))}finally{s&&i.Rm.endGroup()}}function k(e,t){const s=(e.service.deployments??[]).map(e=>[e.id===t?"*":"",e.status,e.rolloutState,e.desiredCount,e.pendingCount,e.runningCount,e.failedTasks].join(":")),n=e.serviceDeployment
return[...s,n?.status,n?.lifecycleStage].join("|")}function w(e,t,s){const n=e?.service.deployments?.find(e=>e.id===t.deploymentId)
if(!e||!n)return 1
const i=e.service.deploymentConfiguration
if(e.serviceDeployment&&(i?.alarms?.enable||(i?.lifecycleHooks?.length??0)>0))return 1
const a=e.service.deploymentConfiguration?.deploymentCircuitBreaker?.enable
return(0,f.ZW)({failedTasks:n.failedTasks??0,liveTasks:(n.pendingCount??0)+(n.runningCount??0),stoppedTaskThreshold:s,circuitBreakerThreshold:a?(0,f.l9)(n.desiredCount??0):void 0})}function A(e,t){return(0,l.Bs)(e,e.service.deployments?.find(e=>e.id===t.deploymentId))}function S(e){return`${e.createdAt?new Date((0,l.kB)(e.createdAt)).toISOString().slice(11,19):"--:--:--"} ${e.message??""}`}function D(e){return(0,l.nw)(e.events??[]).slice(-y).map(S)}class ${log
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
this.add(`Following deployment ${t.deploymentId} (revision ${(0,l.pd)(s?.taskDefinition)}) of service ${e.service.serviceName}`),this.first=!1}for(const e of n)this.add(`event: ${S(e)}`)
this.reportStage(e,t)
const i=A(e,t)
i!==this.lastStatus&&(this.lastStatus=i,this.add(`status: ${i}`))}reportStage(e,t){const s=e.serviceDeployment,n=t.stages??[]
if(!s||0===n.length)return
const i=(0,d.k)(s,n,e.now,e.greenProductionPercent),a=n[n.length-1],o="BAKE_TIME"===s.lifecycleStage?Math.floor((e.now-a.startedAt)/6e4):0,r=`${s.status} ${i.replace(/, bake time left .*/,"")} ${o}`
r!==this.lastStage&&(this.lastStage=r,this.add(`${s.status??"PENDING"}: ${i}`))}}}}

