export const id=474
export const ids=[474]
export const modules={474:(t,e,s)=>{s.d(e,{rollbackService:()=>A,shouldRollBack:()=>T,waitForDeployment:()=>g})
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
constructor(t){this.options=t}async read(t){this.retried=!1
const e=await this.describeService(),s=t??e.deployments?.find(t=>"PRIMARY"===t.status)?.id,i=e.deployments?.find(t=>t.id===s),n=this.options.targetGroupArns??[...new Set((e.loadBalancers??[]).map(t=>t.targetGroupArn).filter(t=>!!t))]
if(i?.id)await this.refreshTasks(i.id,i,n.length>0)
else if(s&&!this.listedStoppedOfGone){this.listedStoppedOfGone=!0
const t=await this.listTasks(s,"STOPPED")
await this.describeTasks(t.filter(t=>!this.tasks.has(t)))}const a=[...this.tasks.values()],o={}
if(a.some(t=>"RUNNING"===t.lastStatus&&"RUNNING"===t.desiredStatus))for(const t of n)o[t]=await this.describeTargetHealth(t)
return{now:this.options.now(),service:e,tasks:a,targets:o,targetGroupArns:n}}async describeService(){const{cluster:t,service:e}=this.options
let s
try{s=await this.send("ecs","DescribeServices",()=>this.options.ecs.send(new n.H7c({cluster:t,services:[e]}),{abortSignal:this.options.signal}))}catch(e){if("ClusterNotFoundException"===e.name)throw new r.dz("cluster",`cluster ${t} not found`,"Check the cluster name and aws-region")
throw e}const i=s.services?.[0]
if(!i){const i=s.failures?.[0]?.reason??"MISSING"
throw new r.dz("service",`service ${e} not found in cluster ${t} (${i})`,"Check the service and cluster names and aws-region")}return i}async refreshTasks(t,e,s){const i=e.runningCount??0,n=e.failedTasks??0,a=[...this.tasks.values()],o=a.filter(t=>"RUNNING"===t.desiredStatus),r=a.length-o.length,c=this.options.now(),l=new Set,d=s&&i>o.length&&(i>this.last.running||c-this.lastListAt>=3e4)
let h
const u=void 0!==this.last.desired&&e.desiredCount!==this.last.desired
if((d||u)&&(s||o.length>0)){this.lastListAt=c,h=new Set(await this.listTasks(t,"RUNNING"))
for(const t of h)this.tasks.has(t)||l.add(t)
for(const t of o)h.has(t.taskArn)||l.add(t.taskArn)}if(n>this.last.failed&&!h)for(const t of o)l.add(t.taskArn)
if(i!==this.last.running)for(const t of o)"RUNNING"!==t.lastStatus&&l.add(t.taskArn)
this.last={running:i,failed:n,desired:e.desiredCount},await this.describeTasks([...l])
const f=[...this.tasks.values()].filter(t=>"STOPPED"===t.desiredStatus).length
if(n>Math.max(f,r)&&n>this.failedWhenListedStopped){this.failedWhenListedStopped=n
const e=await this.listTasks(t,"STOPPED")
await this.describeTasks(e.filter(t=>!this.tasks.has(t)))}}async listTasks(t,e){const s=[]
let i
do{const a=await this.send("ecs","ListTasks",()=>this.options.ecs.send(new n.MYg({cluster:this.options.cluster,startedBy:t,desiredStatus:e,nextToken:i}),{abortSignal:this.options.signal}))
s.push(...a.taskArns??[]),i=a.nextToken}while(i)
return s}async describeTasks(t){for(let e=0;e<t.length;e+=100){const s=await this.send("ecs","DescribeTasks",()=>this.options.ecs.send(new n.z8X({cluster:this.options.cluster,tasks:t.slice(e,e+100)}),{abortSignal:this.options.signal}))
for(const t of s.tasks??[])t.taskArn&&this.tasks.set(t.taskArn,t)}}async describeTargetHealth(t){try{return(await this.send("elbv2","DescribeTargetHealth",()=>this.options.elb.send(new c.qyg({TargetGroupArn:t}),{abortSignal:this.options.signal}))).TargetHealthDescriptions??[]}catch(e){if(this.options.targetGroupArns&&"TargetGroupNotFoundException"===e.name)throw new r.dz("target-group-arns",`target group ${t} not found`,"Check the ARN and aws-region, or leave the input empty to use the service's target groups")
throw e}}async send(t,e,s){const i=`${t}:${e}`
this.calls[i]=(this.calls[i]??0)+1,"ecs"===t&&this.ecsCallTimes.push(this.options.now())
const n=await s()
return(n.$metadata?.attempts??1)>1&&(this.retried=!0),n}}const d={ecsCallsPerMinute:36,maxDelayMs:3e4}
function h(t,e=d){const{elapsedMs:s,backoffLevel:i,now:n,ecsCallTimes:a,starting:o}=t,r=s<18e4?o?3e3:2e3:s<6e5?3e3:s<12e5?5e3:1e4
let c=Math.min(r*2**Math.max(0,i),e.maxDelayMs)
const l=a.filter(t=>t>n-6e4).sort((t,e)=>t-e),h=l.length+1-e.ecsCallsPerMinute
return h>0&&(c=Math.max(c,l[h-1]+6e4-n+1)),c}var u=s(1986)
const f={now:()=>Date.now(),sleep:(t,e)=>(0,i.setTimeout)(t,void 0,{signal:e})},p=10,w=10
async function g(t){const e=t.clock??f,s=!t.log
s&&a.Rm.startGroup(`Waiting for service ${t.service} in cluster ${t.cluster} to be healthy`)
try{return await async function(t,e,s){const i=e.now(),n=i+t.timeoutMs,a=new l({...t,now:()=>e.now()}),c=new S(s,i,e),f={...d,...t.pacing},w={...u.ik,...t.stoppedTaskThreshold?{stoppedTaskThreshold:t.stoppedTaskThreshold}:{}}
let g,v=(0,u.W_)(t.deploymentId),T=0,A=0
const $=(s,n,a)=>{c.add(n)
const o=g?.snapshot.service.deployments?.find(t=>"PRIMARY"===t.status)
return{healthy:"healthy"===s,outcome:s,reason:n,details:a,elapsedMs:e.now()-i,deploymentId:v.deploymentId??t.deploymentId??"",taskDefinitionArn:o?.taskDefinition??g?.snapshot.service.taskDefinition??"",lastCompletedTaskDefinitionArn:v.lastCompletedTaskDefinitionArn,timeline:c.timeline}},b=()=>{const e=t.signal?.reason instanceof Error?t.signal.reason.message:"Cancelled",s=g?`; it was ${k(g.snapshot,v)}`:""
return $("cancelled",`${e} while waiting for deployment ${v.deploymentId??"(not yet read)"} of service ${t.service}${s}. ECS carries on with the deployment`,g?y(g.snapshot.service):[])}
for(;;){if(t.signal?.aborted)return b()
try{const t=await a.read(v.deploymentId),e=(0,u.Af)(t,v,w)
if(v=e.memory,g={snapshot:t,verdict:e},A=0,T=a.retried?T+1:Math.max(0,T-1),c.report(t,v),"waiting"!==e.status)return $(e.outcome??"failed",e.reason,e.details)}catch(e){if(t.signal?.aborted)return b()
if(e instanceof r.lZ)throw e
if(!(0,o.Sc)(e)||++A>=p)throw(0,o.es)(e,`waiting for service ${t.service} in cluster ${t.cluster}`)
T++,c.add(`AWS error while polling (${e.name}: ${e.message}); polling again`)}const s=e.now()
if(s>=n){const e=+(t.timeoutMs/6e4).toFixed(2),s=g?`: ${k(g.snapshot,v)}`:"",i=g?(0,u.Jo)(g.snapshot.tasks).map(t=>(0,u.us)(t,v.targetProblems)):[]
return $("timeout",`Timed out after ${e} min waiting for deployment ${v.deploymentId??"(unknown)"} of service ${t.service} to be healthy${s}`,[...g?.verdict.details??[],...i,...g?["Last events:",...y(g.snapshot.service)]:[]])}const l=Math.min(h({elapsedMs:s-i,backoffLevel:T,now:s,ecsCallTimes:a.ecsCallTimes,starting:m(g?.snapshot,v)},f),n-s)
try{await e.sleep(l,t.signal)}catch(e){if(t.signal?.aborted)return b()
throw e}}}(t,e,t.log??(t=>a.Rm.info(t)))}finally{s&&a.Rm.endGroup()}}function m(t,e){const s=t?.service.deployments?.find(t=>t.id===e.deploymentId)
return!!s&&0===(s.runningCount??0)&&0===(s.failedTasks??0)}function k(t,e){return(0,u.Bs)(t,t.service.deployments?.find(t=>t.id===e.deploymentId))}function v(t){return`${t.createdAt?new Date((0,u.kB)(t.createdAt)).toISOString().slice(11,19):"--:--:--"} ${t.message??""}`}function y(t){return(0,u.nw)(t.events??[]).slice(-w).map(v)}class S{log
started
clock
timeline=[]
seenEvents=new Set
lastStatus=""
first=!0
constructor(t,e,s){this.log=t,this.started=e,this.clock=s}add(t){this.timeline.push({atMs:this.clock.now()-this.started,text:t}),this.log(t)}report(t,e){const s=e.deploymentCreatedAt??0
let i=(0,u.nw)(t.service.events??[]).filter(t=>!this.seenEvents.has(t.id??t.message??""))
for(const t of i)this.seenEvents.add(t.id??t.message??"")
if(this.first&&(i=i.filter(t=>(0,u.kB)(t.createdAt)>=s).slice(-w)),this.first){const s=t.service.deployments?.find(t=>t.id===e.deploymentId)
this.add(`Following deployment ${e.deploymentId} (revision ${(0,u.pd)(s?.taskDefinition)}) of service ${t.service.serviceName}`),this.first=!1}for(const t of i)this.add(`event: ${v(t)}`)
const n=k(t,e)
n!==this.lastStatus&&(this.lastStatus=n,this.add(`status: ${n}`))}}function T(t){return"failed"===t||"rolled-back-by-ecs"===t||"timeout"===t}async function A(t){const{ecs:e,cluster:s,service:i}=t,a=await async function(t){try{const e=await t.ecs.send(new n.H7c({cluster:t.cluster,services:[t.service]}),{abortSignal:t.signal}),s=e.services?.[0]
if(s)return s}catch(e){throw(0,o.es)(e,`describing service ${t.service}`)}throw new r.dz("service",`service ${t.service} not found in cluster ${t.cluster}`,"Check the service and cluster names and aws-region")}(t),c=t.toTaskDefinitionArn??await async function(t,e){const s=(e.deployments??[]).filter(t=>"COMPLETED"===t.rolloutState&&t.taskDefinition).sort((t,e)=>(0,u.kB)(e.createdAt)-(0,u.kB)(t.createdAt))[0]
if(s?.taskDefinition)return s.taskDefinition
const{ecs:i,cluster:a,service:c}=t
try{const e=((await i.send(new n.jz8({cluster:a,service:c,status:["SUCCESSFUL","ROLLBACK_SUCCESSFUL"]}),{abortSignal:t.signal})).serviceDeployments??[]).sort((t,e)=>(0,u.kB)(e.createdAt)-(0,u.kB)(t.createdAt))[0]
if(e?.targetServiceRevisionArn){const s=await i.send(new n.oF5({serviceRevisionArns:[e.targetServiceRevisionArn]}),{abortSignal:t.signal}),a=s.serviceRevisions?.[0]?.taskDefinition
if(a)return a}}catch(t){throw(0,o.es)(t,`finding the last successful deployment of service ${c}`)}throw new r.lZ(`Cannot roll back service ${c}: it has no COMPLETED deployment to return to. Set rollback-task-definition to the revision to restore`)}(t,a),l=a.deployments?.find(t=>"PRIMARY"===t.status)
let d,h=!1
if(l?.id&&(0,u.pd)(l.taskDefinition)===(0,u.pd)(c)&&"FAILED"!==l.rolloutState)d=l.id
else try{const a=await e.send(new n.kZr({cluster:s,service:i,taskDefinition:c}),{abortSignal:t.signal})
d=a.service?.deployments?.find(t=>"PRIMARY"===t.status)?.id,h=!0}catch(t){throw(0,o.es)(t,`rolling service ${i} back to ${(0,u.pd)(c)}`)}if(!d)throw new r.lZ(`Rolling service ${i} back to ${(0,u.pd)(c)}: ECS returned no PRIMARY deployment`)
const f=await g({...t,deploymentId:d})
return{toTaskDefinitionArn:l?.taskDefinition&&!h?l.taskDefinition:c,deploymentId:d,updated:h,wait:f}}}}

