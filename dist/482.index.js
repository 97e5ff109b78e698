export const id=482
export const ids=[482]
export const modules={2482:(e,t,n)=>{n.r(t),n.d(t,{rollbackService:()=>m})
var i=n(212),o=n(5016),s=n(8388),r=n(9283),c=n(3398),a=n(8566),l=n(5745),d=n(8293),p=n(7268),v=n(8795),u=n(4056)
async function m(e){const{ecs:t,cluster:n,service:m}=e,w=await async function(e){let t
try{t=await(0,o.uS)(e.ecs,e,e.signal)}catch(t){throw(0,d.es)(t,`describing service ${e.service}`)}if(t.found)return t.found
throw new p.dz("service",`service ${e.service} not found in cluster ${e.cluster}`,"Check the service and cluster names and aws-region")}(e),S=e.toTaskDefinitionArn??await async function(e,t){const n=(0,s.pv)(t.deployments)
if(n)return n
const{ecs:i,cluster:r,service:c,signal:a}=e
try{const e=((await(0,o.C0)(i,{cluster:r,service:c,status:["SUCCESSFUL","ROLLBACK_SUCCESSFUL"]},a)).serviceDeployments??[]).sort((e,t)=>(0,s.kB)(t.createdAt)-(0,s.kB)(e.createdAt))[0]
if(e?.targetServiceRevisionArn){const t=await(0,o.vz)(i,e.targetServiceRevisionArn,a)
if(t.taskDefinition)return t.taskDefinition}}catch(e){throw(0,d.es)(e,`finding the last successful deployment of service ${c}`)}throw new p.lZ(`Cannot roll back service ${c}: it has no COMPLETED deployment to return to. Set rollback-task-definition to the revision to restore`)}(e,w),$=w.deployments?.find(e=>"PRIMARY"===e.status),h=(0,u.Ho)($,S)
if("update"===h.action&&(0,r.ZV)(w)){const t=await async function(e,t){const{ecs:n,cluster:a,service:m,signal:w}=e
let S
try{const t=await(0,o.C0)(n,{cluster:a,service:m,status:[...f]},w),i=(t?.serviceDeployments??[]).sort((e,t)=>(0,s.kB)(t.createdAt)-(0,s.kB)(e.createdAt))[0]
if(i?.serviceDeploymentArn){const t=await y(e,i.serviceDeploymentArn),s=t?.sourceServiceRevisions?.[0]?.arn
S={serviceDeploymentArn:i.serviceDeploymentArn,status:t?.status??i.status,sourceTaskDefinitionArn:s?(await(0,o.vz)(n,s,w)).taskDefinition:void 0}}}catch(e){const t=(0,l.WI)(e)
if(!t)throw(0,d.es)(e,`reading the service deployments of service ${m}`)
return void(0,l.mc)(`Rolling back with UpdateService: the service deployment in flight cannot be read to roll it back with StopServiceDeployment. ${(0,l.jj)(t)}`)}const $=(0,u.yz)(S,t)
if("update"===$.action)return
const h=$.serviceDeploymentArn
if("stop-service-deployment"===$.action){if(w?.aborted)throw new p.lZ(`Cancelled: service ${m} was not rolled back to ${(0,s.pd)(t)}`)
try{await n.send(new i.a8L({serviceDeploymentArn:h,stopType:"ROLLBACK"}))}catch(e){const t=e.name
if(!(u.xY.has(t)||"client"===e.$fault)&&!(0,l.WI)(e))throw(0,d.es)(e,`stopping service deployment ${(0,r.mX)({serviceDeploymentArn:h})} of service ${m} with rollback`)
const n=(0,l.WI)(e)
return void(0,l.mc)(`StopServiceDeployment (ROLLBACK) was refused for service ${m} (${t}: ${e.message}); rolling back with UpdateService instead${n?`. ${(0,l.jj)(n)}`:""}`)}v.Rm.info(`Stopped service deployment ${(0,r.mX)({serviceDeploymentArn:h})} of service ${m} with ROLLBACK: ECS returns it to ${(0,s.pd)(t)}`)}const k=(0,r.mX)({serviceDeploymentArn:h}),A=await(0,c.g)({read:async()=>({value:await y(e,h),calls:1}),done:e=>!!e?.status&&!f.includes(e.status),timeoutMs:e.timeoutMs,doing:`waiting for the rollback of service deployment ${k} of service ${m}`,signal:w,clock:e.clock,pacing:e.pacing}),D=A.value?.status??"unknown",g="done"===A.outcome&&"ROLLBACK_SUCCESSFUL"===D,C="done"===A.outcome?g?`Service deployment ${k} is ROLLBACK_SUCCESSFUL: service ${m} runs ${(0,s.pd)(t)} again`:`Service deployment ${k} ended ${D}: ${(0,r.SR)(A.value)}`:`${"timeout"===A.outcome?"Timed out":"Cancelled"} waiting for the rollback of service deployment ${k} (${D})`
return{toTaskDefinitionArn:t,deploymentId:k,updated:"stop-service-deployment"===$.action,stoppedServiceDeployment:"stop-service-deployment"===$.action,wait:{healthy:g,outcome:g?"healthy":"done"===A.outcome?"failed":A.outcome,reason:C,details:[],elapsedMs:A.elapsedMs,deploymentId:k,taskDefinitionArn:g?t:"",timeline:[{atMs:A.elapsedMs,text:C}]}}}(e,S)
if(t)return t}let k
const A="update"===h.action
if("follow"===h.action)k=h.deploymentId
else{if(e.signal?.aborted)throw new p.lZ(`Cancelled: service ${m} was not rolled back to ${(0,s.pd)(S)}`)
try{const e=await t.send(new i.UpdateServiceCommand({cluster:n,service:m,taskDefinition:S}))
k=e.service?.deployments?.find(e=>"PRIMARY"===e.status)?.id}catch(e){throw(0,d.es)(e,`rolling service ${m} back to ${(0,s.pd)(S)}`)}}if(!k)throw new p.lZ(`Rolling service ${m} back to ${(0,s.pd)(S)}: ECS returned no PRIMARY deployment`)
const D=await(0,a.waitForDeployment)({...e,deploymentId:k})
return{toTaskDefinitionArn:$?.taskDefinition&&!A?$.taskDefinition:S,deploymentId:k,updated:A,wait:D}}const f=["PENDING","IN_PROGRESS","ROLLBACK_REQUESTED","ROLLBACK_IN_PROGRESS"]
async function y(e,t){const n=await e.ecs.send(new i.A6p({serviceDeploymentArns:[t]}),{abortSignal:e.signal})
return n?.serviceDeployments?.[0]}}}

