export const id=482
export const ids=[482]
export const modules={2482:(e,t,n)=>{n.r(t),n.d(t,{rollbackService:()=>d})
var i=n(212),s=n(5016),o=n(8388),r=n(239),c=n(3322),a=n(7268),l=n(4056)
async function d(e){const{ecs:t,cluster:n,service:d}=e,u=await async function(e){let t
try{t=await(0,s.uS)(e.ecs,e,e.signal)}catch(t){throw(0,c.es)(t,`describing service ${e.service}`)}if(t.found)return t.found
throw new a.dz("service",`service ${e.service} not found in cluster ${e.cluster}`,"Check the service and cluster names and aws-region")}(e),f=e.toTaskDefinitionArn??await async function(e,t){const n=(0,o.pv)(t.deployments)
if(n)return n
const{ecs:i,cluster:r,service:l,signal:d}=e
try{const e=((await(0,s.C0)(i,{cluster:r,service:l,status:["SUCCESSFUL","ROLLBACK_SUCCESSFUL"]},d)).serviceDeployments??[]).sort((e,t)=>(0,o.kB)(t.createdAt)-(0,o.kB)(e.createdAt))[0]
if(e?.targetServiceRevisionArn){const t=await(0,s.vz)(i,e.targetServiceRevisionArn,d)
if(t.taskDefinition)return t.taskDefinition}}catch(e){throw(0,c.es)(e,`finding the last successful deployment of service ${l}`)}throw new a.lZ(`Cannot roll back service ${l}: it has no COMPLETED deployment to return to. Set rollback-task-definition to the revision to restore`)}(e,u),v=u.deployments?.find(e=>"PRIMARY"===e.status),w=(0,l.Ho)(v,f)
let p
const k="update"===w.action
if("follow"===w.action)p=w.deploymentId
else{if(e.signal?.aborted)throw new a.lZ(`Cancelled: service ${d} was not rolled back to ${(0,o.pd)(f)}`)
try{const e=await t.send(new i.UpdateServiceCommand({cluster:n,service:d,taskDefinition:f}))
p=e.service?.deployments?.find(e=>"PRIMARY"===e.status)?.id}catch(e){throw(0,c.es)(e,`rolling service ${d} back to ${(0,o.pd)(f)}`)}}if(!p)throw new a.lZ(`Rolling service ${d} back to ${(0,o.pd)(f)}: ECS returned no PRIMARY deployment`)
const y=await(0,r.waitForDeployment)({...e,deploymentId:p})
return{toTaskDefinitionArn:v?.taskDefinition&&!k?v.taskDefinition:f,deploymentId:p,updated:k,wait:y}}}}

