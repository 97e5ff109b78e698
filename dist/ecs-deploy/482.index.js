export const id=482
export const ids=[482,964]
export const modules={3964:(e,t,s)=>{s.r(t),s.d(t,{waitForDeployment:()=>w})
var n=s(8500),i=s(8795),o=s(3322),a=s(7268),r=s(212),l=s(586),c=s(5016),d=s(8388)
class f{options
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
await this.describeTasks(e.filter(e=>!this.tasks.has(e)))}const o=[...this.tasks.values()],a={}
if(o.some(e=>"RUNNING"===e.lastStatus&&"RUNNING"===e.desiredStatus))for(const e of i)a[e]=await this.describeTargetHealth(e)
return{now:this.options.now(),service:t,tasks:o,targets:a,targetGroupArns:i}}async readHistory(e,t){const s=t.filter(t=>t.startedBy===e&&t.taskDefinitionArn)
if(0===s.length)return
const n=s[0].taskDefinitionArn,{cluster:i,service:o,signal:a}=this.options,l=[]
let f
for(let e=0;e<5;e++){const e=await this.send("ecs","ListServiceDeployments",()=>(0,c.C0)(this.options.ecs,{cluster:i,service:o,nextToken:f},a))
if(l.push(...e.serviceDeployments??[]),f=e.nextToken,!f)break}const{match:h,later:u}=function(e,t){const s=Math.min(...t.map(e=>(0,d.kB)(e.createdAt??e.startedAt??e.stoppingAt)).filter(e=>e>0)),n=[...e].sort((e,t)=>(0,d.kB)(t.createdAt)-(0,d.kB)(e.createdAt))
if(!Number.isFinite(s))return{later:[]}
const i=n.findIndex(e=>(0,d.kB)(e.createdAt)<=s)
return i<0?{later:[]}:{match:n[i],later:n.slice(0,i)}}(l,s)
if(!h?.serviceDeploymentArn||!h.targetServiceRevisionArn)return{taskDefinitionArn:n,later:[]}
if((await this.send("ecs","DescribeServiceRevisions",()=>(0,c.vz)(this.options.ecs,h.targetServiceRevisionArn,a))).taskDefinition!==n)return{taskDefinitionArn:n,later:[]}
const p=await this.send("ecs","DescribeServiceDeployments",()=>this.options.ecs.send(new r.A6p({serviceDeploymentArns:[h.serviceDeploymentArn]}),{abortSignal:a}))
return{taskDefinitionArn:n,serviceDeployment:p.serviceDeployments?.[0],later:u}}async describeService(){const{cluster:e,service:t}=this.options
let s
try{s=await this.send("ecs","DescribeServices",()=>(0,c.uS)(this.options.ecs,{cluster:e,service:t},this.options.signal))}catch(t){if("ClusterNotFoundException"===t.name)throw new a.dz("cluster",`cluster ${e} not found`,"Check the cluster name and aws-region")
throw t}if(!s.found)throw new a.dz("service",`service ${t} not found in cluster ${e} (${s.missing})`,"Check the service and cluster names and aws-region")
return s.found}async refreshTasks(e,t,s){const n=t.runningCount??0,i=t.failedTasks??0,o=[...this.tasks.values()],a=o.filter(e=>"RUNNING"===e.desiredStatus),r=o.length-a.length,l=this.options.now(),c=new Set,d=s&&n>a.length&&(n>this.last.running||l-this.lastListAt>=3e4)
let f
const h=void 0!==this.last.desired&&t.desiredCount!==this.last.desired
if((d||h)&&(s||a.length>0)){this.lastListAt=l,f=new Set(await this.listTasks(e,"RUNNING"))
for(const e of f)this.tasks.has(e)||c.add(e)
for(const e of a)f.has(e.taskArn)||c.add(e.taskArn)}if(i>this.last.failed&&!f)for(const e of a)c.add(e.taskArn)
if(n!==this.last.running)for(const e of a)"RUNNING"!==e.lastStatus&&c.add(e.taskArn)
this.last={running:n,failed:i,desired:t.desiredCount},await this.describeTasks([...c])
const u=[...this.tasks.values()].filter(e=>"STOPPED"===e.desiredStatus).length
if(i>Math.max(u,r)&&i>this.failedWhenListedStopped){this.failedWhenListedStopped=i
const t=await this.listTasks(e,"STOPPED")
await this.describeTasks(t.filter(e=>!this.tasks.has(e)))}}async listTasks(e,t){const s=[]
let n
do{const i=await this.send("ecs","ListTasks",()=>this.options.ecs.send(new r.MYg({cluster:this.options.cluster,startedBy:e,desiredStatus:t,nextToken:n}),{abortSignal:this.options.signal}))
s.push(...i.taskArns??[]),n=i.nextToken}while(n)
return s}async describeTasks(e){for(let t=0;t<e.length;t+=100){const s=await this.send("ecs","DescribeTasks",()=>this.options.ecs.send(new r.z8X({cluster:this.options.cluster,tasks:e.slice(t,t+100)}),{abortSignal:this.options.signal}))
for(const e of s.tasks??[])e.taskArn&&this.tasks.set(e.taskArn,e)}}async describeTargetHealth(e){try{return(await this.send("elbv2","DescribeTargetHealth",()=>this.options.elb.send(new l.qyg({TargetGroupArn:e}),{abortSignal:this.options.signal}))).TargetHealthDescriptions??[]}catch(t){if(this.options.targetGroupArns&&"TargetGroupNotFoundException"===t.name)throw new a.dz("target-group-arns",`target group ${e} not found`,"Check the ARN and aws-region, or leave the input empty to use the service's target groups")
throw t}}async send(e,t,s){const n=`${e}:${t}`
this.calls[n]=(this.calls[n]??0)+1,"ecs"===e&&this.ecsCallTimes.push(this.options.now())
const i=await s()
return(i.$metadata?.attempts??1)>1&&(this.retried=!0),i}}const h={ecsCallsPerMinute:36,maxDelayMs:3e4}
function u(e,t=h){const{elapsedMs:s,backoffLevel:n,now:i,ecsCallTimes:o,starting:a}=e,r=s<18e4?a?3e3:2e3:s<6e5?3e3:s<12e5?5e3:1e4
let l=Math.min(r*2**Math.max(0,n),t.maxDelayMs)
const c=o.filter(e=>e>i-6e4).sort((e,t)=>e-t),d=c.length+1-t.ecsCallsPerMinute
return d>0&&(l=Math.max(l,c[d-1]+6e4-i+1)),l}const p={stoppedTaskThreshold:3}
function m(e,t,s=p,n){const{service:i}=e,o=i.deployments??[],a=o.find(e=>"PRIMARY"===e.status),r=function(e,t,s){const n=e.service.deployments??[],i=t.deploymentId??s?.id,o=n.find(e=>e.id===i),a=new Set(t.otherTaskDefinitionArns)
for(const e of n)o&&e.id!==i&&e.taskDefinition&&e.taskDefinition!==o.taskDefinition&&!k(e,o)&&a.add(e.taskDefinition)
return{deploymentId:i,taskDefinitionArn:o?.taskDefinition??t.taskDefinitionArn,deploymentCreatedAt:o?.createdAt?(0,d.kB)(o.createdAt):t.deploymentCreatedAt,otherTaskDefinitionArns:[...a],lastCompletedTaskDefinitionArn:(0,d.pv)(n)??t.lastCompletedTaskDefinitionArn,targetProblems:{...(0,d.EY)(e),...t.targetProblems}}}(e,t,a),l=(e,t,s,n=[])=>({status:e,outcome:t,reason:s,details:n,memory:r})
if(i.status&&"ACTIVE"!==i.status)return l("failed","failed",`Service ${i.serviceName} is ${i.status}: it was deleted while waiting`)
const c=o.find(e=>e.id===r.deploymentId),f=(0,d.Jo)(e.tasks)
c&&Object.assign(r.targetProblems,(0,d.fJ)(e,c).problemsByTask)
const h=f.map(e=>(0,d.us)(e,r.targetProblems)),u=(e,t,s)=>t?l("failed","rolled-back-by-ecs",function(e,t,s,n){const i=s?.rolloutStateReason?` (${s.rolloutStateReason})`:""
return`Deployment ${e.deploymentId} (revision ${(0,d.pd)(e.taskDefinitionArn)}) failed${i} and ECS rolled it back: ${(0,d.pC)(t)} is now PRIMARY${(0,d.WQ)(n,e.targetProblems)}`}(r,e,s,f),h):l("failed","replaced",function(e,t){return`Deployment ${e.deploymentId} (revision ${(0,d.pd)(e.taskDefinitionArn)}) was replaced by deployment ${(0,d.pC)(t)}: someone else deployed`}(r,e),h)
if(!c){if(!r.taskDefinitionArn){if(n){const e={...r,taskDefinitionArn:n.taskDefinitionArn},t=function(e,t,s,n,i){const o=`${t.deploymentId} (revision ${(0,d.pd)(t.taskDefinitionArn)})`,a=s?`${(0,d.pC)(s)} is now PRIMARY`:"no deployment is PRIMARY",r=n.serviceDeployment,l=(r?.statusReason??r?.rollback?.reason)?.trim(),c=`Deployment ${o} failed${l?` (${l})`:""}`,f=(e,t)=>({status:"failed",outcome:e,reason:t})
if(!r?.status)return f("replaced",`Deployment ${o} is no longer a deployment of service ${e.serviceName} and its service deployment history is gone: ${a}`)
switch(r.status){case"ROLLBACK_SUCCESSFUL":return f("rolled-back-by-ecs",`${c} and ECS rolled it back: ${a}${i}`)
case"ROLLBACK_REQUESTED":case"ROLLBACK_IN_PROGRESS":return f("rolled-back-by-ecs",`${c} and ECS is rolling it back: ${a}${i}`)
case"ROLLBACK_FAILED":return f("rolled-back-by-ecs",`${c} and ECS rolled it back, but the rollback failed too: ${a}${i}`)}if("STOPPED"===r.status&&"TRIGGERED"===r.deploymentCircuitBreaker?.status)return f("failed",`Rollout of ${o} FAILED: ${(0,d.wD)(l??"no reason given",i)}`)
if(n.later.length>0&&s){const e=n.later.length>1?`, the newest of ${n.later.length} deployments started after it`:""
return f("replaced",`Deployment ${o} was replaced by deployment ${(0,d.pC)(s)}${e}: someone else deployed`)}return{status:"waiting",outcome:void 0,reason:`Deployment ${o} is not listed by the service yet (service deployment ${r.status})`}}(i,e,a,n,(0,d.WQ)(f,r.targetProblems))
return{...t,details:h,memory:"waiting"===t.status?r:e}}const e=a?` The PRIMARY deployment is ${(0,d.pC)(a)}`:""
return l("failed","not-found",`Deployment ${r.deploymentId} is not a deployment of service ${i.serviceName}.${e}`)}return a?u(a,function(e,t){return!!e.taskDefinition&&t.otherTaskDefinitionArns.includes(e.taskDefinition)&&e.id!==t.deploymentId}(a,r)):l("failed","failed",`Deployment ${r.deploymentId} disappeared from service ${i.serviceName}`,h)}if("PRIMARY"!==c.status&&a)return u(a,"FAILED"===c.rolloutState,c)
if("FAILED"===c.rolloutState){const e=c.rolloutStateReason||"no reason given"
return l("failed","failed",`Rollout of ${(0,d.pC)(c)} FAILED: ${(0,d.wD)(e,(0,d.WQ)(f,r.targetProblems))}`,h)}const m=function(e,t){const s=t.deploymentCreatedAt??0,n=new Set(e.tasks.map(e=>e.taskArn?.split("/").pop())),i=1e3*(e.service.healthCheckGracePeriodSeconds??0)
for(const t of(0,d.nw)(e.service.events??[])){if((0,d.kB)(t.createdAt)<s)continue
const o=t.message??""
if(/was unable to place a task/i.test(o))return o
const a=/\(task ([0-9a-f]+)\).*is unhealthy in \(target-group/i.exec(o)
if(a&&n.has(a[1])){const s=e.tasks.find(e=>e.taskArn?.endsWith(`/${a[1]}`))
if(s?.startedAt&&(0,d.kB)(t.createdAt)-(0,d.kB)(s.startedAt)>=i)return o}}return}(e,r)
if(m)return l("failed","failed",`ECS reports: ${m}`,h)
const y=Math.max(f.length,c.failedTasks??0)
if(y>=s.stoppedTaskThreshold)return l("failed","failed",`${y} tasks of ${(0,d.pC)(c)} stopped${(0,d.WQ)(f,r.targetProblems)}`,h)
const g=(0,d.fJ)(e,c)
if(g.unhealthyPastGrace.length>0){const e=i.healthCheckGracePeriodSeconds??0
return l("failed","failed",`Targets of ${(0,d.pC)(c)} are unhealthy past the ${e} s health check grace period: ${g.unhealthyPastGrace[0]}`,[...g.unhealthyPastGrace,...h])}return"PRIMARY"===c.status&&(c.rolloutState?"COMPLETED"===c.rolloutState:1===o.length&&(c.runningCount??0)===(c.desiredCount??0))&&g.allHealthy?l("healthy","healthy",`Deployment ${(0,d.pC)(c)} is healthy: ${(0,d.Bs)(e,c)}`):l("waiting",void 0,(0,d.Bs)(e,c),g.notHealthy)}function k(e,t){return!!t.createdAt&&!!e.createdAt&&(0,d.kB)(e.createdAt)>(0,d.kB)(t.createdAt)}const y={now:()=>Date.now(),sleep:(e,t)=>(0,n.setTimeout)(e,void 0,{signal:t})},g=10,v=10
async function w(e){const t=e.clock??y,s=!e.log
s&&i.Rm.startGroup(`Waiting for service ${e.service} in cluster ${e.cluster} to be healthy`)
try{return await async function(e,t,s){const n=t.now(),i=n+e.timeoutMs,r=new f({...e,now:()=>t.now()}),l=new b(s,n,t),c={...h,...e.pacing},k={...p,...e.stoppedTaskThreshold?{stoppedTaskThreshold:e.stoppedTaskThreshold}:{}}
let y,v=(C=e.deploymentId,{deploymentId:C,otherTaskDefinitionArns:[],targetProblems:{}}),w=0,D=0
var C
const T=(s,i,o)=>{l.add(i)
const a=y?.snapshot.service.deployments?.find(e=>"PRIMARY"===e.status)
return{healthy:"healthy"===s,outcome:s,reason:i,details:o,elapsedMs:t.now()-n,deploymentId:v.deploymentId??e.deploymentId??"",taskDefinitionArn:a?.taskDefinition??y?.snapshot.service.taskDefinition??"",lastCompletedTaskDefinitionArn:v.lastCompletedTaskDefinitionArn,timeline:l.timeline}},R=()=>{const t=e.signal?.reason instanceof Error?e.signal.reason.message:"Cancelled",s=y?`; it was ${$(y.snapshot,v)}`:""
return T("cancelled",`${t} while waiting for deployment ${v.deploymentId??"(not yet read)"} of service ${e.service}${s}. ECS carries on with the deployment`,y?S(y.snapshot.service):[])}
for(;;){if(e.signal?.aborted)return R()
try{const e=await r.read(v.deploymentId)
let t=m(e,v,k)
if("not-found"===t.outcome&&v.deploymentId){const s=await r.readHistory(v.deploymentId,e.tasks)
t=m(e,v,k,s)}if(v=t.memory,y={snapshot:e,verdict:t},D=0,w=r.retried?w+1:Math.max(0,w-1),l.report(e,v),"waiting"!==t.status)return T(t.outcome??"failed",t.reason,t.details)}catch(t){if(e.signal?.aborted)return R()
if(t instanceof a.lZ)throw t
if(!(0,o.Sc)(t)||++D>=g)throw(0,o.es)(t,`waiting for service ${e.service} in cluster ${e.cluster}`)
w++,l.add(`AWS error while polling (${t.name}: ${t.message}); polling again`)}const s=t.now()
if(s>=i){const t=+(e.timeoutMs/6e4).toFixed(2),s=y?`: ${$(y.snapshot,v)}`:"",n=y?(0,d.Jo)(y.snapshot.tasks).map(e=>(0,d.us)(e,v.targetProblems)):[]
return T("timeout",`Timed out after ${t} min waiting for deployment ${v.deploymentId??"(unknown)"} of service ${e.service} to be healthy${s}`,[...y?.verdict.details??[],...n,...y?["Last events:",...S(y.snapshot.service)]:[]])}const f=Math.min(u({elapsedMs:s-n,backoffLevel:w,now:s,ecsCallTimes:r.ecsCallTimes,starting:A(y?.snapshot,v)},c),i-s)
try{await t.sleep(f,e.signal)}catch(t){if(e.signal?.aborted)return R()
throw t}}}(e,t,e.log??(e=>i.Rm.info(e)))}finally{s&&i.Rm.endGroup()}}function A(e,t){const s=e?.service.deployments?.find(e=>e.id===t.deploymentId)
return!!s&&0===(s.runningCount??0)&&0===(s.failedTasks??0)}function $(e,t){return(0,d.Bs)(e,e.service.deployments?.find(e=>e.id===t.deploymentId))}function D(e){return`${e.createdAt?new Date((0,d.kB)(e.createdAt)).toISOString().slice(11,19):"--:--:--"} ${e.message??""}`}function S(e){return(0,d.nw)(e.events??[]).slice(-v).map(D)}class b{log
started
clock
timeline=[]
seenEvents=new Set
lastStatus=""
first=!0
constructor(e,t,s){this.log=e,this.started=t,this.clock=s}add(e){this.timeline.push({atMs:this.clock.now()-this.started,text:e}),this.log(e)}report(e,t){const s=t.deploymentCreatedAt??0
let n=(0,d.nw)(e.service.events??[]).filter(e=>!this.seenEvents.has(e.id??e.message??""))
for(const e of n)this.seenEvents.add(e.id??e.message??"")
if(this.first&&(n=n.filter(e=>(0,d.kB)(e.createdAt)>=s).slice(-v)),this.first){const s=e.service.deployments?.find(e=>e.id===t.deploymentId)
this.add(`Following deployment ${t.deploymentId} (revision ${(0,d.pd)(s?.taskDefinition)}) of service ${e.service.serviceName}`),this.first=!1}for(const e of n)this.add(`event: ${D(e)}`)
const i=$(e,t)
i!==this.lastStatus&&(this.lastStatus=i,this.add(`status: ${i}`))}}},2482:(e,t,s)=>{s.r(t),s.d(t,{rollbackService:()=>d})
var n=s(212),i=s(5016),o=s(8388),a=s(3964),r=s(3322),l=s(7268),c=s(4056)
async function d(e){const{ecs:t,cluster:s,service:d}=e,f=await async function(e){let t
try{t=await(0,i.uS)(e.ecs,e,e.signal)}catch(t){throw(0,r.es)(t,`describing service ${e.service}`)}if(t.found)return t.found
throw new l.dz("service",`service ${e.service} not found in cluster ${e.cluster}`,"Check the service and cluster names and aws-region")}(e),h=e.toTaskDefinitionArn??await async function(e,t){const s=(0,o.pv)(t.deployments)
if(s)return s
const{ecs:n,cluster:a,service:c,signal:d}=e
try{const e=((await(0,i.C0)(n,{cluster:a,service:c,status:["SUCCESSFUL","ROLLBACK_SUCCESSFUL"]},d)).serviceDeployments??[]).sort((e,t)=>(0,o.kB)(t.createdAt)-(0,o.kB)(e.createdAt))[0]
if(e?.targetServiceRevisionArn){const t=await(0,i.vz)(n,e.targetServiceRevisionArn,d)
if(t.taskDefinition)return t.taskDefinition}}catch(e){throw(0,r.es)(e,`finding the last successful deployment of service ${c}`)}throw new l.lZ(`Cannot roll back service ${c}: it has no COMPLETED deployment to return to. Set rollback-task-definition to the revision to restore`)}(e,f),u=f.deployments?.find(e=>"PRIMARY"===e.status),p=(0,c.Ho)(u,h)
let m
const k="update"===p.action
if("follow"===p.action)m=p.deploymentId
else{if(e.signal?.aborted)throw new l.lZ(`Cancelled: service ${d} was not rolled back to ${(0,o.pd)(h)}`)
try{const e=await t.send(new n.UpdateServiceCommand({cluster:s,service:d,taskDefinition:h}))
m=e.service?.deployments?.find(e=>"PRIMARY"===e.status)?.id}catch(e){throw(0,r.es)(e,`rolling service ${d} back to ${(0,o.pd)(h)}`)}}if(!m)throw new l.lZ(`Rolling service ${d} back to ${(0,o.pd)(h)}: ECS returned no PRIMARY deployment`)
const y=await(0,a.waitForDeployment)({...e,deploymentId:m})
return{toTaskDefinitionArn:u?.taskDefinition&&!k?u.taskDefinition:h,deploymentId:m,updated:k,wait:y}}}}

