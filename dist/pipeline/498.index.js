export const id=498
export const ids=[498]
export const modules={8498:(e,t,s)=>{s.r(t),s.d(t,{lastCompletedRevision:()=>b,realClock:()=>u,rollbackService:()=>D,shouldRollBack:()=>A,waitForDeployment:()=>v})
var i=s(8500),n=s(212),o=s(8795),a=s(3322),r=s(7268),c=s(586),l=s(415)
class d{options
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
await this.describeTasks(e.filter(e=>!this.tasks.has(e)))}const o=[...this.tasks.values()],a={}
if(o.some(e=>"RUNNING"===e.lastStatus&&"RUNNING"===e.desiredStatus))for(const e of n)a[e]=await this.describeTargetHealth(e)
return{now:this.options.now(),service:t,tasks:o,targets:a,targetGroupArns:n}}async readHistory(e,t){const s=t.filter(t=>t.startedBy===e&&t.taskDefinitionArn)
if(0===s.length)return
const i=s[0].taskDefinitionArn,{cluster:o,service:a,signal:r}=this.options,c=[]
let d
for(let e=0;e<5;e++){const e=await this.send("ecs","ListServiceDeployments",()=>this.options.ecs.send(new n.jz8({cluster:o,service:a,nextToken:d}),{abortSignal:r}))
if(c.push(...e.serviceDeployments??[]),d=e.nextToken,!d)break}const{match:h,later:f}=(0,l.ow)(c,s)
if(!h?.serviceDeploymentArn||!h.targetServiceRevisionArn)return{taskDefinitionArn:i,later:[]}
const u=await this.send("ecs","DescribeServiceRevisions",()=>this.options.ecs.send(new n.oF5({serviceRevisionArns:[h.targetServiceRevisionArn]}),{abortSignal:r}))
if(u.serviceRevisions?.[0]?.taskDefinition!==i)return{taskDefinitionArn:i,later:[]}
const p=await this.send("ecs","DescribeServiceDeployments",()=>this.options.ecs.send(new n.A6p({serviceDeploymentArns:[h.serviceDeploymentArn]}),{abortSignal:r}))
return{taskDefinitionArn:i,serviceDeployment:p.serviceDeployments?.[0],later:f}}async describeService(){const{cluster:e,service:t}=this.options
let s
try{s=await this.send("ecs","DescribeServices",()=>this.options.ecs.send(new n.DescribeServicesCommand({cluster:e,services:[t]}),{abortSignal:this.options.signal}))}catch(t){if("ClusterNotFoundException"===t.name)throw new r.dz("cluster",`cluster ${e} not found`,"Check the cluster name and aws-region")
throw t}const i=s.services?.[0]
if(!i){const i=s.failures?.[0]?.reason??"MISSING"
throw new r.dz("service",`service ${t} not found in cluster ${e} (${i})`,"Check the service and cluster names and aws-region")}return i}async refreshTasks(e,t,s){const i=t.runningCount??0,n=t.failedTasks??0,o=[...this.tasks.values()],a=o.filter(e=>"RUNNING"===e.desiredStatus),r=o.length-a.length,c=this.options.now(),l=new Set,d=s&&i>a.length&&(i>this.last.running||c-this.lastListAt>=3e4)
let h
const f=void 0!==this.last.desired&&t.desiredCount!==this.last.desired
if((d||f)&&(s||a.length>0)){this.lastListAt=c,h=new Set(await this.listTasks(e,"RUNNING"))
for(const e of h)this.tasks.has(e)||l.add(e)
for(const e of a)h.has(e.taskArn)||l.add(e.taskArn)}if(n>this.last.failed&&!h)for(const e of a)l.add(e.taskArn)
if(i!==this.last.running)for(const e of a)"RUNNING"!==e.lastStatus&&l.add(e.taskArn)
this.last={running:i,failed:n,desired:t.desiredCount},await this.describeTasks([...l])
const u=[...this.tasks.values()].filter(e=>"STOPPED"===e.desiredStatus).length
if(n>Math.max(u,r)&&n>this.failedWhenListedStopped){this.failedWhenListedStopped=n
const t=await this.listTasks(e,"STOPPED")
await this.describeTasks(t.filter(e=>!this.tasks.has(e)))}}async listTasks(e,t){const s=[]
let i
do{const o=await this.send("ecs","ListTasks",()=>this.options.ecs.send(new n.MYg({cluster:this.options.cluster,startedBy:e,desiredStatus:t,nextToken:i}),{abortSignal:this.options.signal}))
s.push(...o.taskArns??[]),i=o.nextToken}while(i)
return s}async describeTasks(e){for(let t=0;t<e.length;t+=100){const s=await this.send("ecs","DescribeTasks",()=>this.options.ecs.send(new n.z8X({cluster:this.options.cluster,tasks:e.slice(t,t+100)}),{abortSignal:this.options.signal}))
for(const e of s.tasks??[])e.taskArn&&this.tasks.set(e.taskArn,e)}}async describeTargetHealth(e){try{return(await this.send("elbv2","DescribeTargetHealth",()=>this.options.elb.send(new c.qyg({TargetGroupArn:e}),{abortSignal:this.options.signal}))).TargetHealthDescriptions??[]}catch(t){if(this.options.targetGroupArns&&"TargetGroupNotFoundException"===t.name)throw new r.dz("target-group-arns",`target group ${e} not found`,"Check the ARN and aws-region, or leave the input empty to use the service's target groups")
throw t}}async send(e,t,s){const i=`${e}:${t}`
this.calls[i]=(this.calls[i]??0)+1,"ecs"===e&&this.ecsCallTimes.push(this.options.now())
const n=await s()
return(n.$metadata?.attempts??1)>1&&(this.retried=!0),n}}const h={ecsCallsPerMinute:36,maxDelayMs:3e4}
function f(e,t=h){const{elapsedMs:s,backoffLevel:i,now:n,ecsCallTimes:o,starting:a}=e,r=s<18e4?a?3e3:2e3:s<6e5?3e3:s<12e5?5e3:1e4
let c=Math.min(r*2**Math.max(0,i),t.maxDelayMs)
const l=o.filter(e=>e>n-6e4).sort((e,t)=>e-t),d=l.length+1-t.ecsCallsPerMinute
return d>0&&(c=Math.max(c,l[d-1]+6e4-n+1)),c}const u={now:()=>Date.now(),sleep:(e,t)=>(0,i.setTimeout)(e,void 0,{signal:t})},p=10,m=10
async function v(e){const t=e.clock??u,s=!e.log
s&&o.Rm.startGroup(`Waiting for service ${e.service} in cluster ${e.cluster} to be healthy`)
try{return await async function(e,t,s){const i=t.now(),n=i+e.timeoutMs,o=new d({...e,now:()=>t.now()}),c=new S(s,i,t),u={...h,...e.pacing},m={...l.ik,...e.stoppedTaskThreshold?{stoppedTaskThreshold:e.stoppedTaskThreshold}:{}}
let v,k=(0,l.W_)(e.deploymentId),A=0,D=0
const b=(s,n,o)=>{c.add(n)
const a=v?.snapshot.service.deployments?.find(e=>"PRIMARY"===e.status)
return{healthy:"healthy"===s,outcome:s,reason:n,details:o,elapsedMs:t.now()-i,deploymentId:k.deploymentId??e.deploymentId??"",taskDefinitionArn:a?.taskDefinition??v?.snapshot.service.taskDefinition??"",lastCompletedTaskDefinitionArn:k.lastCompletedTaskDefinitionArn,timeline:c.timeline}},T=()=>{const t=e.signal?.reason instanceof Error?e.signal.reason.message:"Cancelled",s=v?`; it was ${g(v.snapshot,k)}`:""
return b("cancelled",`${t} while waiting for deployment ${k.deploymentId??"(not yet read)"} of service ${e.service}${s}. ECS carries on with the deployment`,v?y(v.snapshot.service):[])}
for(;;){if(e.signal?.aborted)return T()
try{const e=await o.read(k.deploymentId)
let t=(0,l.Af)(e,k,m)
if("not-found"===t.outcome&&k.deploymentId){const s=await o.readHistory(k.deploymentId,e.tasks)
t=(0,l.Af)(e,k,m,s)}if(k=t.memory,v={snapshot:e,verdict:t},D=0,A=o.retried?A+1:Math.max(0,A-1),c.report(e,k),"waiting"!==t.status)return b(t.outcome??"failed",t.reason,t.details)}catch(t){if(e.signal?.aborted)return T()
if(t instanceof r.lZ)throw t
if(!(0,a.Sc)(t)||++D>=p)throw(0,a.es)(t,`waiting for service ${e.service} in cluster ${e.cluster}`)
A++,c.add(`AWS error while polling (${t.name}: ${t.message}); polling again`)}const s=t.now()
if(s>=n){const t=+(e.timeoutMs/6e4).toFixed(2),s=v?`: ${g(v.snapshot,k)}`:"",i=v?(0,l.Jo)(v.snapshot.tasks).map(e=>(0,l.us)(e,k.targetProblems)):[]
return b("timeout",`Timed out after ${t} min waiting for deployment ${k.deploymentId??"(unknown)"} of service ${e.service} to be healthy${s}`,[...v?.verdict.details??[],...i,...v?["Last events:",...y(v.snapshot.service)]:[]])}const d=Math.min(f({elapsedMs:s-i,backoffLevel:A,now:s,ecsCallTimes:o.ecsCallTimes,starting:w(v?.snapshot,k)},u),n-s)
try{await t.sleep(d,e.signal)}catch(t){if(e.signal?.aborted)return T()
throw t}}}(e,t,e.log??(e=>o.Rm.info(e)))}finally{s&&o.Rm.endGroup()}}function w(e,t){const s=e?.service.deployments?.find(e=>e.id===t.deploymentId)
return!!s&&0===(s.runningCount??0)&&0===(s.failedTasks??0)}function g(e,t){return(0,l.Bs)(e,e.service.deployments?.find(e=>e.id===t.deploymentId))}function k(e){return`${e.createdAt?new Date((0,l.kB)(e.createdAt)).toISOString().slice(11,19):"--:--:--"} ${e.message??""}`}function y(e){return(0,l.nw)(e.events??[]).slice(-m).map(k)}class S{log
started
clock
timeline=[]
seenEvents=new Set
lastStatus=""
first=!0
constructor(e,t,s){this.log=e,this.started=t,this.clock=s}add(e){this.timeline.push({atMs:this.clock.now()-this.started,text:e}),this.log(e)}report(e,t){const s=t.deploymentCreatedAt??0
let i=(0,l.nw)(e.service.events??[]).filter(e=>!this.seenEvents.has(e.id??e.message??""))
for(const e of i)this.seenEvents.add(e.id??e.message??"")
if(this.first&&(i=i.filter(e=>(0,l.kB)(e.createdAt)>=s).slice(-m)),this.first){const s=e.service.deployments?.find(e=>e.id===t.deploymentId)
this.add(`Following deployment ${t.deploymentId} (revision ${(0,l.pd)(s?.taskDefinition)}) of service ${e.service.serviceName}`),this.first=!1}for(const e of i)this.add(`event: ${k(e)}`)
const n=g(e,t)
n!==this.lastStatus&&(this.lastStatus=n,this.add(`status: ${n}`))}}function A(e){return"failed"===e||"rolled-back-by-ecs"===e||"timeout"===e}async function D(e){const{ecs:t,cluster:s,service:i}=e,o=await async function(e){try{const t=await e.ecs.send(new n.DescribeServicesCommand({cluster:e.cluster,services:[e.service]}),{abortSignal:e.signal}),s=t.services?.[0]
if(s)return s}catch(t){throw(0,a.es)(t,`describing service ${e.service}`)}throw new r.dz("service",`service ${e.service} not found in cluster ${e.cluster}`,"Check the service and cluster names and aws-region")}(e),c=e.toTaskDefinitionArn??await b(e,o),d=o.deployments?.find(e=>"PRIMARY"===e.status)
let h,f=!1
if(d?.id&&(0,l.pd)(d.taskDefinition)===(0,l.pd)(c)&&"FAILED"!==d.rolloutState)h=d.id
else{if(e.signal?.aborted)throw new r.lZ(`Cancelled: service ${i} was not rolled back to ${(0,l.pd)(c)}`)
try{const e=await t.send(new n.UpdateServiceCommand({cluster:s,service:i,taskDefinition:c}))
h=e.service?.deployments?.find(e=>"PRIMARY"===e.status)?.id,f=!0}catch(e){throw(0,a.es)(e,`rolling service ${i} back to ${(0,l.pd)(c)}`)}}if(!h)throw new r.lZ(`Rolling service ${i} back to ${(0,l.pd)(c)}: ECS returned no PRIMARY deployment`)
const u=await v({...e,deploymentId:h})
return{toTaskDefinitionArn:d?.taskDefinition&&!f?d.taskDefinition:c,deploymentId:h,updated:f,wait:u}}async function b(e,t){const s=(t.deployments??[]).filter(e=>"COMPLETED"===e.rolloutState&&e.taskDefinition).sort((e,t)=>(0,l.kB)(t.createdAt)-(0,l.kB)(e.createdAt))[0]
if(s?.taskDefinition)return s.taskDefinition
const{ecs:i,cluster:o,service:c}=e
try{const t=((await i.send(new n.jz8({cluster:o,service:c,status:["SUCCESSFUL","ROLLBACK_SUCCESSFUL"]}),{abortSignal:e.signal})).serviceDeployments??[]).sort((e,t)=>(0,l.kB)(t.createdAt)-(0,l.kB)(e.createdAt))[0]
if(t?.targetServiceRevisionArn){const s=await i.send(new n.oF5({serviceRevisionArns:[t.targetServiceRevisionArn]}),{abortSignal:e.signal}),o=s.serviceRevisions?.[0]?.taskDefinition
if(o)return o}}catch(e){throw(0,a.es)(e,`finding the last successful deployment of service ${c}`)}throw new r.lZ(`Cannot roll back service ${c}: it has no COMPLETED deployment to return to. Set rollback-task-definition to the revision to restore`)}}}

