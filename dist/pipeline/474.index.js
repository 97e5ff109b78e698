export const id=474
export const ids=[474]
export const modules={474:(e,t,s)=>{s.r(t),s.d(t,{lastCompletedRevision:()=>$,realClock:()=>f,rollbackService:()=>A,shouldRollBack:()=>T,waitForDeployment:()=>w})
var i=s(8500),n=s(4826),a=s(6518),o=s(536),r=s(6913),c=s(4152)
class l{options
tasks=new Map
last={running:0,failed:0}
failedWhenListedStopped=0
lastListAt=-1/0
listedStoppedOfGone=!1
ecsCallTimes=[]
calls={}
retried=!1
constructor(e){this.options=e}async read(e){this.retried=!1
const t=await this.describeService(),s=e??t.deployments?.find(e=>"PRIMARY"===e.status)?.id,i=t.deployments?.find(e=>e.id===s),n=this.options.targetGroupArns??[...new Set((t.loadBalancers??[]).map(e=>e.targetGroupArn).filter(e=>!!e))]
if(i?.id)await this.refreshTasks(i.id,i,n.length>0)
else if(s&&!this.listedStoppedOfGone){this.listedStoppedOfGone=!0
const e=await this.listTasks(s,"STOPPED")
await this.describeTasks(e.filter(e=>!this.tasks.has(e)))}const a=[...this.tasks.values()],o={}
if(a.some(e=>"RUNNING"===e.lastStatus&&"RUNNING"===e.desiredStatus))for(const e of n)o[e]=await this.describeTargetHealth(e)
return{now:this.options.now(),service:t,tasks:a,targets:o,targetGroupArns:n}}async describeService(){const{cluster:e,service:t}=this.options
let s
try{s=await this.send("ecs","DescribeServices",()=>this.options.ecs.send(new n.DescribeServicesCommand({cluster:e,services:[t]}),{abortSignal:this.options.signal}))}catch(t){if("ClusterNotFoundException"===t.name)throw new r.dz("cluster",`cluster ${e} not found`,"Check the cluster name and aws-region")
throw t}const i=s.services?.[0]
if(!i){const i=s.failures?.[0]?.reason??"MISSING"
throw new r.dz("service",`service ${t} not found in cluster ${e} (${i})`,"Check the service and cluster names and aws-region")}return i}async refreshTasks(e,t,s){const i=t.runningCount??0,n=t.failedTasks??0,a=[...this.tasks.values()],o=a.filter(e=>"RUNNING"===e.desiredStatus),r=a.length-o.length,c=this.options.now(),l=new Set,d=s&&i>o.length&&(i>this.last.running||c-this.lastListAt>=3e4)
let h
const u=void 0!==this.last.desired&&t.desiredCount!==this.last.desired
if((d||u)&&(s||o.length>0)){this.lastListAt=c,h=new Set(await this.listTasks(e,"RUNNING"))
for(const e of h)this.tasks.has(e)||l.add(e)
for(const e of o)h.has(e.taskArn)||l.add(e.taskArn)}if(n>this.last.failed&&!h)for(const e of o)l.add(e.taskArn)
if(i!==this.last.running)for(const e of o)"RUNNING"!==e.lastStatus&&l.add(e.taskArn)
this.last={running:i,failed:n,desired:t.desiredCount},await this.describeTasks([...l])
const f=[...this.tasks.values()].filter(e=>"STOPPED"===e.desiredStatus).length
if(n>Math.max(f,r)&&n>this.failedWhenListedStopped){this.failedWhenListedStopped=n
const t=await this.listTasks(e,"STOPPED")
await this.describeTasks(t.filter(e=>!this.tasks.has(e)))}}async listTasks(e,t){const s=[]
let i
do{const a=await this.send("ecs","ListTasks",()=>this.options.ecs.send(new n.MYg({cluster:this.options.cluster,startedBy:e,desiredStatus:t,nextToken:i}),{abortSignal:this.options.signal}))
s.push(...a.taskArns??[]),i=a.nextToken}while(i)
return s}async describeTasks(e){for(let t=0;t<e.length;t+=100){const s=await this.send("ecs","DescribeTasks",()=>this.options.ecs.send(new n.z8X({cluster:this.options.cluster,tasks:e.slice(t,t+100)}),{abortSignal:this.options.signal}))
for(const e of s.tasks??[])e.taskArn&&this.tasks.set(e.taskArn,e)}}async describeTargetHealth(e){try{return(await this.send("elbv2","DescribeTargetHealth",()=>this.options.elb.send(new c.qyg({TargetGroupArn:e}),{abortSignal:this.options.signal}))).TargetHealthDescriptions??[]}catch(t){if(this.options.targetGroupArns&&"TargetGroupNotFoundException"===t.name)throw new r.dz("target-group-arns",`target group ${e} not found`,"Check the ARN and aws-region, or leave the input empty to use the service's target groups")
throw t}}async send(e,t,s){const i=`${e}:${t}`
this.calls[i]=(this.calls[i]??0)+1,"ecs"===e&&this.ecsCallTimes.push(this.options.now())
const n=await s()
return(n.$metadata?.attempts??1)>1&&(this.retried=!0),n}}const d={ecsCallsPerMinute:36,maxDelayMs:3e4}
function h(e,t=d){const{elapsedMs:s,backoffLevel:i,now:n,ecsCallTimes:a,starting:o}=e,r=s<18e4?o?3e3:2e3:s<6e5?3e3:s<12e5?5e3:1e4
let c=Math.min(r*2**Math.max(0,i),t.maxDelayMs)
const l=a.filter(e=>e>n-6e4).sort((e,t)=>e-t),h=l.length+1-t.ecsCallsPerMinute
return h>0&&(c=Math.max(c,l[h-1]+6e4-n+1)),c}var u=s(1986)
const f={now:()=>Date.now(),sleep:(e,t)=>(0,i.setTimeout)(e,void 0,{signal:t})},p=10,m=10
async function w(e){const t=e.clock??f,s=!e.log
s&&a.Rm.startGroup(`Waiting for service ${e.service} in cluster ${e.cluster} to be healthy`)
try{return await async function(e,t,s){const i=t.now(),n=i+e.timeoutMs,a=new l({...e,now:()=>t.now()}),c=new S(s,i,t),f={...d,...e.pacing},m={...u.ik,...e.stoppedTaskThreshold?{stoppedTaskThreshold:e.stoppedTaskThreshold}:{}}
let w,k=(0,u.W_)(e.deploymentId),T=0,A=0
const $=(s,n,a)=>{c.add(n)
const o=w?.snapshot.service.deployments?.find(e=>"PRIMARY"===e.status)
return{healthy:"healthy"===s,outcome:s,reason:n,details:a,elapsedMs:t.now()-i,deploymentId:k.deploymentId??e.deploymentId??"",taskDefinitionArn:o?.taskDefinition??w?.snapshot.service.taskDefinition??"",lastCompletedTaskDefinitionArn:k.lastCompletedTaskDefinitionArn,timeline:c.timeline}},b=()=>{const t=e.signal?.reason instanceof Error?e.signal.reason.message:"Cancelled",s=w?`; it was ${v(w.snapshot,k)}`:""
return $("cancelled",`${t} while waiting for deployment ${k.deploymentId??"(not yet read)"} of service ${e.service}${s}. ECS carries on with the deployment`,w?y(w.snapshot.service):[])}
for(;;){if(e.signal?.aborted)return b()
try{const e=await a.read(k.deploymentId),t=(0,u.Af)(e,k,m)
if(k=t.memory,w={snapshot:e,verdict:t},A=0,T=a.retried?T+1:Math.max(0,T-1),c.report(e,k),"waiting"!==t.status)return $(t.outcome??"failed",t.reason,t.details)}catch(t){if(e.signal?.aborted)return b()
if(t instanceof r.lZ)throw t
if(!(0,o.Sc)(t)||++A>=p)throw(0,o.es)(t,`waiting for service ${e.service} in cluster ${e.cluster}`)
T++,c.add(`AWS error while polling (${t.name}: ${t.message}); polling again`)}const s=t.now()
if(s>=n){const t=+(e.timeoutMs/6e4).toFixed(2),s=w?`: ${v(w.snapshot,k)}`:"",i=w?(0,u.Jo)(w.snapshot.tasks).map(e=>(0,u.us)(e,k.targetProblems)):[]
return $("timeout",`Timed out after ${t} min waiting for deployment ${k.deploymentId??"(unknown)"} of service ${e.service} to be healthy${s}`,[...w?.verdict.details??[],...i,...w?["Last events:",...y(w.snapshot.service)]:[]])}const l=Math.min(h({elapsedMs:s-i,backoffLevel:T,now:s,ecsCallTimes:a.ecsCallTimes,starting:g(w?.snapshot,k)},f),n-s)
try{await t.sleep(l,e.signal)}catch(t){if(e.signal?.aborted)return b()
throw t}}}(e,t,e.log??(e=>a.Rm.info(e)))}finally{s&&a.Rm.endGroup()}}function g(e,t){const s=e?.service.deployments?.find(e=>e.id===t.deploymentId)
return!!s&&0===(s.runningCount??0)&&0===(s.failedTasks??0)}function v(e,t){return(0,u.Bs)(e,e.service.deployments?.find(e=>e.id===t.deploymentId))}function k(e){return`${e.createdAt?new Date((0,u.kB)(e.createdAt)).toISOString().slice(11,19):"--:--:--"} ${e.message??""}`}function y(e){return(0,u.nw)(e.events??[]).slice(-m).map(k)}class S{log
started
clock
timeline=[]
seenEvents=new Set
lastStatus=""
first=!0
constructor(e,t,s){this.log=e,this.started=t,this.clock=s}add(e){this.timeline.push({atMs:this.clock.now()-this.started,text:e}),this.log(e)}report(e,t){const s=t.deploymentCreatedAt??0
let i=(0,u.nw)(e.service.events??[]).filter(e=>!this.seenEvents.has(e.id??e.message??""))
for(const e of i)this.seenEvents.add(e.id??e.message??"")
if(this.first&&(i=i.filter(e=>(0,u.kB)(e.createdAt)>=s).slice(-m)),this.first){const s=e.service.deployments?.find(e=>e.id===t.deploymentId)
this.add(`Following deployment ${t.deploymentId} (revision ${(0,u.pd)(s?.taskDefinition)}) of service ${e.service.serviceName}`),this.first=!1}for(const e of i)this.add(`event: ${k(e)}`)
const n=v(e,t)
n!==this.lastStatus&&(this.lastStatus=n,this.add(`status: ${n}`))}}function T(e){return"failed"===e||"rolled-back-by-ecs"===e||"timeout"===e}async function A(e){const{ecs:t,cluster:s,service:i}=e,a=await async function(e){try{const t=await e.ecs.send(new n.DescribeServicesCommand({cluster:e.cluster,services:[e.service]}),{abortSignal:e.signal}),s=t.services?.[0]
if(s)return s}catch(t){throw(0,o.es)(t,`describing service ${e.service}`)}throw new r.dz("service",`service ${e.service} not found in cluster ${e.cluster}`,"Check the service and cluster names and aws-region")}(e),c=e.toTaskDefinitionArn??await $(e,a),l=a.deployments?.find(e=>"PRIMARY"===e.status)
let d,h=!1
if(l?.id&&(0,u.pd)(l.taskDefinition)===(0,u.pd)(c)&&"FAILED"!==l.rolloutState)d=l.id
else try{const a=await t.send(new n.UpdateServiceCommand({cluster:s,service:i,taskDefinition:c}),{abortSignal:e.signal})
d=a.service?.deployments?.find(e=>"PRIMARY"===e.status)?.id,h=!0}catch(e){throw(0,o.es)(e,`rolling service ${i} back to ${(0,u.pd)(c)}`)}if(!d)throw new r.lZ(`Rolling service ${i} back to ${(0,u.pd)(c)}: ECS returned no PRIMARY deployment`)
const f=await w({...e,deploymentId:d})
return{toTaskDefinitionArn:l?.taskDefinition&&!h?l.taskDefinition:c,deploymentId:d,updated:h,wait:f}}async function $(e,t){const s=(t.deployments??[]).filter(e=>"COMPLETED"===e.rolloutState&&e.taskDefinition).sort((e,t)=>(0,u.kB)(t.createdAt)-(0,u.kB)(e.createdAt))[0]
if(s?.taskDefinition)return s.taskDefinition
const{ecs:i,cluster:a,service:c}=e
try{const t=((await i.send(new n.jz8({cluster:a,service:c,status:["SUCCESSFUL","ROLLBACK_SUCCESSFUL"]}),{abortSignal:e.signal})).serviceDeployments??[]).sort((e,t)=>(0,u.kB)(t.createdAt)-(0,u.kB)(e.createdAt))[0]
if(t?.targetServiceRevisionArn){const s=await i.send(new n.oF5({serviceRevisionArns:[t.targetServiceRevisionArn]}),{abortSignal:e.signal}),a=s.serviceRevisions?.[0]?.taskDefinition
if(a)return a}}catch(e){throw(0,o.es)(e,`finding the last successful deployment of service ${c}`)}throw new r.lZ(`Cannot roll back service ${c}: it has no COMPLETED deployment to return to. Set rollback-task-definition to the revision to restore`)}}}

