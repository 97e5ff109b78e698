export const id=433
export const ids=[433]
export const modules={8433:(e,t,s)=>{s.r(t),s.d(t,{lastCompletedRevision:()=>$,realClock:()=>d,rollbackService:()=>k,shouldRollBack:()=>g,waitForDeployment:()=>p})
var n=s(8500),i=s(3360),o=s(212),r=s(3322),a=s(7268),c=s(8041),l=s(415)
const d={now:()=>Date.now(),sleep:(e,t)=>(0,n.setTimeout)(e,void 0,{signal:t})},f=10,u=10
async function p(e){const t=e.clock??d,s=!e.log
s&&i.Oh(`Waiting for service ${e.service} in cluster ${e.cluster} to be healthy`)
try{return await async function(e,t,s){const n=t.now(),i=n+e.timeoutMs,o=new c.aF({...e,now:()=>t.now()}),d=new y(s,n,t),u={...c.hz,...e.pacing},p={...l.ik,...e.stoppedTaskThreshold?{stoppedTaskThreshold:e.stoppedTaskThreshold}:{}}
let v,g=(0,l.W_)(e.deploymentId),k=0,$=0
const S=(s,i,o)=>{d.add(i)
const r=v?.snapshot.service.deployments?.find(e=>"PRIMARY"===e.status)
return{healthy:"healthy"===s,outcome:s,reason:i,details:o,elapsedMs:t.now()-n,deploymentId:g.deploymentId??e.deploymentId??"",taskDefinitionArn:r?.taskDefinition??v?.snapshot.service.taskDefinition??"",lastCompletedTaskDefinitionArn:g.lastCompletedTaskDefinitionArn,timeline:d.timeline}},A=()=>{const t=e.signal?.reason instanceof Error?e.signal.reason.message:"Cancelled",s=v?`; it was ${m(v.snapshot,g)}`:""
return S("cancelled",`${t} while waiting for deployment ${g.deploymentId??"(not yet read)"} of service ${e.service}${s}. ECS carries on with the deployment`,v?w(v.snapshot.service):[])}
for(;;){if(e.signal?.aborted)return A()
try{const e=await o.read(g.deploymentId),t=(0,l.Af)(e,g,p)
if(g=t.memory,v={snapshot:e,verdict:t},$=0,k=o.retried?k+1:Math.max(0,k-1),d.report(e,g),"waiting"!==t.status)return S(t.outcome??"failed",t.reason,t.details)}catch(t){if(e.signal?.aborted)return A()
if(t instanceof a.lZ)throw t
if(!(0,c.Sc)(t)||++$>=f)throw(0,r.es)(t,`waiting for service ${e.service} in cluster ${e.cluster}`)
k++,d.add(`AWS error while polling (${t.name}: ${t.message}); polling again`)}const s=t.now()
if(s>=i){const t=+(e.timeoutMs/6e4).toFixed(2),s=v?`: ${m(v.snapshot,g)}`:"",n=v?(0,l.Jo)(v.snapshot.tasks).map(e=>(0,l.us)(e,g.targetProblems)):[]
return S("timeout",`Timed out after ${t} min waiting for deployment ${g.deploymentId??"(unknown)"} of service ${e.service} to be healthy${s}`,[...v?.verdict.details??[],...n,...v?["Last events:",...w(v.snapshot.service)]:[]])}const y=Math.min((0,c.qC)({elapsedMs:s-n,backoffLevel:k,now:s,ecsCallTimes:o.ecsCallTimes,starting:h(v?.snapshot,g)},u),i-s)
try{await t.sleep(y,e.signal)}catch(t){if(e.signal?.aborted)return A()
throw t}}}(e,t,e.log??(e=>i.pq(e)))}finally{s&&i.N4()}}function h(e,t){const s=e?.service.deployments?.find(e=>e.id===t.deploymentId)
return!!s&&0===(s.runningCount??0)&&0===(s.failedTasks??0)}function m(e,t){return(0,l.Bs)(e,e.service.deployments?.find(e=>e.id===t.deploymentId))}function v(e){return`${e.createdAt?new Date((0,l.kB)(e.createdAt)).toISOString().slice(11,19):"--:--:--"} ${e.message??""}`}function w(e){return(0,l.nw)(e.events??[]).slice(-u).map(v)}class y{log
started
clock
timeline=[]
seenEvents=new Set
lastStatus=""
first=!0
constructor(e,t,s){this.log=e,this.started=t,this.clock=s}add(e){this.timeline.push({atMs:this.clock.now()-this.started,text:e}),this.log(e)}report(e,t){const s=t.deploymentCreatedAt??0
let n=(0,l.nw)(e.service.events??[]).filter(e=>!this.seenEvents.has(e.id??e.message??""))
for(const e of n)this.seenEvents.add(e.id??e.message??"")
if(this.first&&(n=n.filter(e=>(0,l.kB)(e.createdAt)>=s).slice(-u)),this.first){const s=e.service.deployments?.find(e=>e.id===t.deploymentId)
this.add(`Following deployment ${t.deploymentId} (revision ${(0,l.pd)(s?.taskDefinition)}) of service ${e.service.serviceName}`),this.first=!1}for(const e of n)this.add(`event: ${v(e)}`)
const i=m(e,t)
i!==this.lastStatus&&(this.lastStatus=i,this.add(`status: ${i}`))}}function g(e){return"failed"===e||"rolled-back-by-ecs"===e||"timeout"===e}async function k(e){const{ecs:t,cluster:s,service:n}=e,i=await async function(e){try{const t=await e.ecs.send(new o.DescribeServicesCommand({cluster:e.cluster,services:[e.service]}),{abortSignal:e.signal}),s=t.services?.[0]
if(s)return s}catch(t){throw(0,r.es)(t,`describing service ${e.service}`)}throw new a.lZ(`Service ${e.service} not found in cluster ${e.cluster}`)}(e),c=e.toTaskDefinitionArn??await $(e,i),d=i.deployments?.find(e=>"PRIMARY"===e.status)
let f,u=!1
if(d?.id&&(0,l.pd)(d.taskDefinition)===(0,l.pd)(c)&&"FAILED"!==d.rolloutState)f=d.id
else try{const i=await t.send(new o.UpdateServiceCommand({cluster:s,service:n,taskDefinition:c}),{abortSignal:e.signal})
f=i.service?.deployments?.find(e=>"PRIMARY"===e.status)?.id,u=!0}catch(e){throw(0,r.es)(e,`rolling service ${n} back to ${(0,l.pd)(c)}`)}if(!f)throw new a.lZ(`Rolling service ${n} back to ${(0,l.pd)(c)}: ECS returned no PRIMARY deployment`)
const h=await p({...e,deploymentId:f})
return{toTaskDefinitionArn:d?.taskDefinition&&!u?d.taskDefinition:c,deploymentId:f,updated:u,wait:h}}async function $(e,t){const s=(t.deployments??[]).filter(e=>"COMPLETED"===e.rolloutState&&e.taskDefinition).sort((e,t)=>(0,l.kB)(t.createdAt)-(0,l.kB)(e.createdAt))[0]
if(s?.taskDefinition)return s.taskDefinition
const{ecs:n,cluster:i,service:c}=e
try{const t=((await n.send(new o.jz8({cluster:i,service:c,status:["SUCCESSFUL","ROLLBACK_SUCCESSFUL"]}),{abortSignal:e.signal})).serviceDeployments??[]).sort((e,t)=>(0,l.kB)(t.createdAt)-(0,l.kB)(e.createdAt))[0]
if(t?.targetServiceRevisionArn){const s=await n.send(new o.oF5({serviceRevisionArns:[t.targetServiceRevisionArn]}),{abortSignal:e.signal}),i=s.serviceRevisions?.[0]?.taskDefinition
if(i)return i}}catch(e){throw(0,r.es)(e,`finding the last successful deployment of service ${c}`)}throw new a.lZ(`Cannot roll back service ${c}: it has no COMPLETED deployment to return to. Set rollback-task-definition to the revision to restore`)}}}

