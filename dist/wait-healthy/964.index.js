export const id=964
export const ids=[964]
export const modules={469:(e,t,s)=>{s.d(t,{C0:()=>a,uS:()=>i,vz:()=>o})
s(3322),s(3024),s(6760),s(8815)
var n=s(7268)
n.dz
async function i(e,t,n){const{DescribeServicesCommand:i}=await Promise.resolve().then(s.t.bind(s,212,19)),a=await e.send(new i({cluster:t.cluster,services:[t.service]}),{abortSignal:n}),o=a.services?.[0]
return{found:o,missing:o?"":a.failures?.[0]?.reason??"MISSING",$metadata:a.$metadata}}async function a(e,t,n){const{ListServiceDeploymentsCommand:i}=await Promise.resolve().then(s.t.bind(s,212,19))
return e.send(new i(t),{abortSignal:n})}async function o(e,t,n){const{DescribeServiceRevisionsCommand:i}=await Promise.resolve().then(s.t.bind(s,212,19)),a=await e.send(new i({serviceRevisionArns:[t]}),{abortSignal:n})
return{taskDefinition:a.serviceRevisions?.[0]?.taskDefinition,$metadata:a.$metadata}}},3964:(e,t,s)=>{s.d(t,{waitForDeployment:()=>w})
var n=s(8500),i=s(8795),a=s(3322),o=s(7268),r=s(212),l=s(586),d=s(469),c=s(8388)
class h{options
tasks=new Map
last={running:0,failed:0}
failedWhenListedStopped=0
lastListAt=-1/0
listedStoppedOfGone=!1
ecsCallTimes=[]
calls={}
retried=!1
constructor(e){this.options=e}async read(e){this.retried=!1
const t=await this.describeService(),s=e??t.deployments?.find(e=>"PRIMARY"===e.status)?.id,n=t.deployments?.find(e=>e.id===s),i=this.options.targetGroupArns??[...new Set((t.loadBalancers??[]).map(e=>e.targetGroupArn).filter(e=>!!e))]
if(n?.id)await this.refreshTasks(n.id,n,i.length>0)
else if(s&&!this.listedStoppedOfGone){this.listedStoppedOfGone=!0
const e=await this.listTasks(s,"STOPPED")
await this.describeTasks(e.filter(e=>!this.tasks.has(e)))}const a=[...this.tasks.values()],o={}
if(a.some(e=>"RUNNING"===e.lastStatus&&"RUNNING"===e.desiredStatus))for(const e of i)o[e]=await this.describeTargetHealth(e)
return{now:this.options.now(),service:t,tasks:a,targets:o,targetGroupArns:i}}async readHistory(e,t){const s=t.filter(t=>t.startedBy===e&&t.taskDefinitionArn)
if(0===s.length)return
const n=s[0].taskDefinitionArn,{cluster:i,service:a,signal:o}=this.options,l=[]
let h
for(let e=0;e<5;e++){const e=await this.send("ecs","ListServiceDeployments",()=>(0,d.C0)(this.options.ecs,{cluster:i,service:a,nextToken:h},o))
if(l.push(...e.serviceDeployments??[]),h=e.nextToken,!h)break}const{match:f,later:u}=function(e,t){const s=Math.min(...t.map(e=>(0,c.kB)(e.createdAt??e.startedAt??e.stoppingAt)).filter(e=>e>0)),n=[...e].sort((e,t)=>(0,c.kB)(t.createdAt)-(0,c.kB)(e.createdAt))
if(!Number.isFinite(s))return{later:[]}
const i=n.findIndex(e=>(0,c.kB)(e.createdAt)<=s)
return i<0?{later:[]}:{match:n[i],later:n.slice(0,i)}}(l,s)
if(!f?.serviceDeploymentArn||!f.targetServiceRevisionArn)return{taskDefinitionArn:n,later:[]}
if((await this.send("ecs","DescribeServiceRevisions",()=>(0,d.vz)(this.options.ecs,f.targetServiceRevisionArn,o))).taskDefinition!==n)return{taskDefinitionArn:n,later:[]}
const p=await this.send("ecs","DescribeServiceDeployments",()=>this.options.ecs.send(new r.A6p({serviceDeploymentArns:[f.serviceDeploymentArn]}),{abortSignal:o}))
return{taskDefinitionArn:n,serviceDeployment:p.serviceDeployments?.[0],later:u}}async describeService(){const{cluster:e,service:t}=this.options
let s
try{s=await this.send("ecs","DescribeServices",()=>(0,d.uS)(this.options.ecs,{cluster:e,service:t},this.options.signal))}catch(t){if("ClusterNotFoundException"===t.name)throw new o.dz("cluster",`cluster ${e} not found`,"Check the cluster name and aws-region")
throw t}if(!s.found)throw new o.dz("service",`service ${t} not found in cluster ${e} (${s.missing})`,"Check the service and cluster names and aws-region")
return s.found}async refreshTasks(e,t,s){const n=t.runningCount??0,i=t.failedTasks??0,a=[...this.tasks.values()],o=a.filter(e=>"RUNNING"===e.desiredStatus),r=a.length-o.length,l=this.options.now(),d=new Set,c=s&&n>o.length&&(n>this.last.running||l-this.lastListAt>=3e4)
let h
const f=void 0!==this.last.desired&&t.desiredCount!==this.last.desired
if((c||f)&&(s||o.length>0)){this.lastListAt=l,h=new Set(await this.listTasks(e,"RUNNING"))
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
function u(e,t=f){const{elapsedMs:s,backoffLevel:n,now:i,ecsCallTimes:a,starting:o}=e,r=s<18e4?o?3e3:2e3:s<6e5?3e3:s<12e5?5e3:1e4
let l=Math.min(r*2**Math.max(0,n),t.maxDelayMs)
const d=a.filter(e=>e>i-6e4).sort((e,t)=>e-t),c=d.length+1-t.ecsCallsPerMinute
return c>0&&(l=Math.max(l,d[c-1]+6e4-i+1)),l}const p={stoppedTaskThreshold:3}
function m(e,t,s=p,n){const{service:i}=e,a=i.deployments??[],o=a.find(e=>"PRIMARY"===e.status),r=function(e,t,s){const n=e.service.deployments??[],i=t.deploymentId??s?.id,a=n.find(e=>e.id===i),o=new Set(t.otherTaskDefinitionArns)
for(const e of n)a&&e.id!==i&&e.taskDefinition&&e.taskDefinition!==a.taskDefinition&&!y(e,a)&&o.add(e.taskDefinition)
return{deploymentId:i,taskDefinitionArn:a?.taskDefinition??t.taskDefinitionArn,deploymentCreatedAt:a?.createdAt?(0,c.kB)(a.createdAt):t.deploymentCreatedAt,otherTaskDefinitionArns:[...o],lastCompletedTaskDefinitionArn:(0,c.pv)(n)??t.lastCompletedTaskDefinitionArn,targetProblems:{...(0,c.EY)(e),...t.targetProblems}}}(e,t,o),l=(e,t,s,n=[])=>({status:e,outcome:t,reason:s,details:n,memory:r})
if(i.status&&"ACTIVE"!==i.status)return l("failed","failed",`Service ${i.serviceName} is ${i.status}: it was deleted while waiting`)
const d=a.find(e=>e.id===r.deploymentId),h=(0,c.Jo)(e.tasks)
d&&Object.assign(r.targetProblems,(0,c.fJ)(e,d).problemsByTask)
const f=h.map(e=>(0,c.us)(e,r.targetProblems)),u=(e,t,s)=>t?l("failed","rolled-back-by-ecs",function(e,t,s,n){const i=s?.rolloutStateReason?` (${s.rolloutStateReason})`:""
return`Deployment ${e.deploymentId} (revision ${(0,c.pd)(e.taskDefinitionArn)}) failed${i} and ECS rolled it back: ${(0,c.pC)(t)} is now PRIMARY${(0,c.WQ)(n,e.targetProblems)}`}(r,e,s,h),f):l("failed","replaced",function(e,t){return`Deployment ${e.deploymentId} (revision ${(0,c.pd)(e.taskDefinitionArn)}) was replaced by deployment ${(0,c.pC)(t)}: someone else deployed`}(r,e),f)
if(!d){if(!r.taskDefinitionArn){if(n){const e={...r,taskDefinitionArn:n.taskDefinitionArn},t=function(e,t,s,n,i){const a=`${t.deploymentId} (revision ${(0,c.pd)(t.taskDefinitionArn)})`,o=s?`${(0,c.pC)(s)} is now PRIMARY`:"no deployment is PRIMARY",r=n.serviceDeployment,l=(r?.statusReason??r?.rollback?.reason)?.trim(),d=`Deployment ${a} failed${l?` (${l})`:""}`,h=(e,t)=>({status:"failed",outcome:e,reason:t})
if(!r?.status)return h("replaced",`Deployment ${a} is no longer a deployment of service ${e.serviceName} and its service deployment history is gone: ${o}`)
switch(r.status){case"ROLLBACK_SUCCESSFUL":return h("rolled-back-by-ecs",`${d} and ECS rolled it back: ${o}${i}`)
case"ROLLBACK_REQUESTED":case"ROLLBACK_IN_PROGRESS":return h("rolled-back-by-ecs",`${d} and ECS is rolling it back: ${o}${i}`)
case"ROLLBACK_FAILED":return h("rolled-back-by-ecs",`${d} and ECS rolled it back, but the rollback failed too: ${o}${i}`)}if("STOPPED"===r.status&&"TRIGGERED"===r.deploymentCircuitBreaker?.status)return h("failed",`Rollout of ${a} FAILED: ${(0,c.wD)(l??"no reason given",i)}`)
if(n.later.length>0&&s){const e=n.later.length>1?`, the newest of ${n.later.length} deployments started after it`:""
return h("replaced",`Deployment ${a} was replaced by deployment ${(0,c.pC)(s)}${e}: someone else deployed`)}return{status:"waiting",outcome:void 0,reason:`Deployment ${a} is not listed by the service yet (service deployment ${r.status})`}}(i,e,o,n,(0,c.WQ)(h,r.targetProblems))
return{...t,details:f,memory:"waiting"===t.status?r:e}}const e=o?` The PRIMARY deployment is ${(0,c.pC)(o)}`:""
return l("failed","not-found",`Deployment ${r.deploymentId} is not a deployment of service ${i.serviceName}.${e}`)}return o?u(o,function(e,t){return!!e.taskDefinition&&t.otherTaskDefinitionArns.includes(e.taskDefinition)&&e.id!==t.deploymentId}(o,r)):l("failed","failed",`Deployment ${r.deploymentId} disappeared from service ${i.serviceName}`,f)}if("PRIMARY"!==d.status&&o)return u(o,"FAILED"===d.rolloutState,d)
if("FAILED"===d.rolloutState){const e=d.rolloutStateReason||"no reason given"
return l("failed","failed",`Rollout of ${(0,c.pC)(d)} FAILED: ${(0,c.wD)(e,(0,c.WQ)(h,r.targetProblems))}`,f)}const m=function(e,t){const s=t.deploymentCreatedAt??0,n=new Set(e.tasks.map(e=>e.taskArn?.split("/").pop())),i=1e3*(e.service.healthCheckGracePeriodSeconds??0)
for(const t of(0,c.nw)(e.service.events??[])){if((0,c.kB)(t.createdAt)<s)continue
const a=t.message??""
if(/was unable to place a task/i.test(a))return a
const o=/\(task ([0-9a-f]+)\).*is unhealthy in \(target-group/i.exec(a)
if(o&&n.has(o[1])){const s=e.tasks.find(e=>e.taskArn?.endsWith(`/${o[1]}`))
if(s?.startedAt&&(0,c.kB)(t.createdAt)-(0,c.kB)(s.startedAt)>=i)return a}}return}(e,r)
if(m)return l("failed","failed",`ECS reports: ${m}`,f)
const k=Math.max(h.length,d.failedTasks??0)
if(k>=s.stoppedTaskThreshold)return l("failed","failed",`${k} tasks of ${(0,c.pC)(d)} stopped${(0,c.WQ)(h,r.targetProblems)}`,f)
const g=(0,c.fJ)(e,d)
if(g.unhealthyPastGrace.length>0){const e=i.healthCheckGracePeriodSeconds??0
return l("failed","failed",`Targets of ${(0,c.pC)(d)} are unhealthy past the ${e} s health check grace period: ${g.unhealthyPastGrace[0]}`,[...g.unhealthyPastGrace,...f])}return"PRIMARY"===d.status&&(d.rolloutState?"COMPLETED"===d.rolloutState:1===a.length&&(d.runningCount??0)===(d.desiredCount??0))&&g.allHealthy?l("healthy","healthy",`Deployment ${(0,c.pC)(d)} is healthy: ${(0,c.Bs)(e,d)}`):l("waiting",void 0,(0,c.Bs)(e,d),g.notHealthy)}function y(e,t){return!!t.createdAt&&!!e.createdAt&&(0,c.kB)(e.createdAt)>(0,c.kB)(t.createdAt)}const k={now:()=>Date.now(),sleep:(e,t)=>(0,n.setTimeout)(e,void 0,{signal:t})},g=10,v=10
async function w(e){const t=e.clock??k,s=!e.log
s&&i.Rm.startGroup(`Waiting for service ${e.service} in cluster ${e.cluster} to be healthy`)
try{return await async function(e,t,s){const n=t.now(),i=n+e.timeoutMs,r=new h({...e,now:()=>t.now()}),l=new b(s,n,t),d={...f,...e.pacing},y={...p,...e.stoppedTaskThreshold?{stoppedTaskThreshold:e.stoppedTaskThreshold}:{}}
let k,v=(T=e.deploymentId,{deploymentId:T,otherTaskDefinitionArns:[],targetProblems:{}}),w=0,D=0
var T
const C=(s,i,a)=>{l.add(i)
const o=k?.snapshot.service.deployments?.find(e=>"PRIMARY"===e.status)
return{healthy:"healthy"===s,outcome:s,reason:i,details:a,elapsedMs:t.now()-n,deploymentId:v.deploymentId??e.deploymentId??"",taskDefinitionArn:o?.taskDefinition??k?.snapshot.service.taskDefinition??"",lastCompletedTaskDefinitionArn:v.lastCompletedTaskDefinitionArn,timeline:l.timeline}},I=()=>{const t=e.signal?.reason instanceof Error?e.signal.reason.message:"Cancelled",s=k?`; it was ${$(k.snapshot,v)}`:""
return C("cancelled",`${t} while waiting for deployment ${v.deploymentId??"(not yet read)"} of service ${e.service}${s}. ECS carries on with the deployment`,k?S(k.snapshot.service):[])}
for(;;){if(e.signal?.aborted)return I()
try{const e=await r.read(v.deploymentId)
let t=m(e,v,y)
if("not-found"===t.outcome&&v.deploymentId){const s=await r.readHistory(v.deploymentId,e.tasks)
t=m(e,v,y,s)}if(v=t.memory,k={snapshot:e,verdict:t},D=0,w=r.retried?w+1:Math.max(0,w-1),l.report(e,v),"waiting"!==t.status)return C(t.outcome??"failed",t.reason,t.details)}catch(t){if(e.signal?.aborted)return I()
if(t instanceof o.lZ)throw t
if(!(0,a.Sc)(t)||++D>=g)throw(0,a.es)(t,`waiting for service ${e.service} in cluster ${e.cluster}`)
w++,l.add(`AWS error while polling (${t.name}: ${t.message}); polling again`)}const s=t.now()
if(s>=i){const t=+(e.timeoutMs/6e4).toFixed(2),s=k?`: ${$(k.snapshot,v)}`:"",n=k?(0,c.Jo)(k.snapshot.tasks).map(e=>(0,c.us)(e,v.targetProblems)):[]
return C("timeout",`Timed out after ${t} min waiting for deployment ${v.deploymentId??"(unknown)"} of service ${e.service} to be healthy${s}`,[...k?.verdict.details??[],...n,...k?["Last events:",...S(k.snapshot.service)]:[]])}const h=Math.min(u({elapsedMs:s-n,backoffLevel:w,now:s,ecsCallTimes:r.ecsCallTimes,starting:A(k?.snapshot,v)},d),i-s)
try{await t.sleep(h,e.signal)}catch(t){if(e.signal?.aborted)return I()
throw t}}}(e,t,e.log??(e=>i.Rm.info(e)))}finally{s&&i.Rm.endGroup()}}function A(e,t){const s=e?.service.deployments?.find(e=>e.id===t.deploymentId)
return!!s&&0===(s.runningCount??0)&&0===(s.failedTasks??0)}function $(e,t){return(0,c.Bs)(e,e.service.deployments?.find(e=>e.id===t.deploymentId))}function D(e){return`${e.createdAt?new Date((0,c.kB)(e.createdAt)).toISOString().slice(11,19):"--:--:--"} ${e.message??""}`}function S(e){return(0,c.nw)(e.events??[]).slice(-v).map(D)}class b{log
started
clock
timeline=[]
seenEvents=new Set
lastStatus=""
first=!0
constructor(e,t,s){this.log=e,this.started=t,this.clock=s}add(e){this.timeline.push({atMs:this.clock.now()-this.started,text:e}),this.log(e)}report(e,t){const s=t.deploymentCreatedAt??0
let n=(0,c.nw)(e.service.events??[]).filter(e=>!this.seenEvents.has(e.id??e.message??""))
for(const e of n)this.seenEvents.add(e.id??e.message??"")
if(this.first&&(n=n.filter(e=>(0,c.kB)(e.createdAt)>=s).slice(-v)),this.first){const s=e.service.deployments?.find(e=>e.id===t.deploymentId)
this.add(`Following deployment ${t.deploymentId} (revision ${(0,c.pd)(s?.taskDefinition)}) of service ${e.service.serviceName}`),this.first=!1}for(const e of n)this.add(`event: ${D(e)}`)
const i=$(e,t)
i!==this.lastStatus&&(this.lastStatus=i,this.add(`status: ${i}`))}}}}

