export const id=505
export const ids=[505]
export const modules={5505:(e,n,i)=>{i.d(n,{deployHeadline:()=>c,deployOutputs:()=>a,deploySummary:()=>d})
var o=i(8388),t=i(9283),s=i(927),r=i(4902)
function a(e){return{[s.aQ.taskDefinitionArn]:e.taskDefinitionArn,[s.aQ.previousTaskDefinitionArn]:e.previousTaskDefinitionArn,[s.aQ.deploymentId]:e.deploymentId,[s.aQ.registered]:String(e.registered),[s.aQ.rolledBack]:String(e.rolledBack),[s.aQ.codeDeployDeploymentId]:e.codeDeploy?.deploymentId??"",[s.aQ.runTaskArn]:e.runTaskArns.length?JSON.stringify(e.runTaskArns):""}}const l={register:"registered",reuse:"reused",given:"given"}
function d(e,n,{failure:i,waitFollows:s=!1}={}){const a=[]
a.push(["Service",e.service||"(none: register only)"]),e.service&&a.push(["Cluster",e.cluster]),a.push(["Region",e.region])
const d=n.deployedTaskDefinitionArn?(0,o.pd)(n.deployedTaskDefinitionArn):`${n.family}:(new)`
let c=n.previousTaskDefinitionArn?`${(0,o.pd)(n.previousTaskDefinitionArn)} \u2192 ${d}`:d
n.rolledBack&&(c+=` \u2192 rolled back to ${(0,o.pd)(n.taskDefinitionArn)}`),a.push(["Revision",c])
const g=e.dryRun?"would be ":""
if(a.push(["Task definition",`${g}${l[n.choice.action]} (${n.choice.reason})`]),a.push(["Image",n.images.map(e=>n.images.length>1?`${e.container}: ${e.image}`:e.image).join("\n")]),n.strategy&&a.push(["Strategy",n.strategy]),n.runTaskArns.length&&a.push(["One-off task",n.runTaskArns.map(e=>e.split("/").pop()).join(", ")]),n.codeDeploy){const e=n.codeDeploy,i=e.rollbackDeploymentId?`, rolled back by ${e.rollbackDeploymentId}`:""
a.push(["CodeDeploy",`[${e.deploymentId}](${e.consoleUrl}) (${e.application} / ${e.deploymentGroup}): ${e.status}${i}`])}else n.deploymentId&&a.push(["Deployment",n.deploymentId])
e.service?a.push(["Console",`[ECS console](${p(e.region,e.cluster,e.service)})`]):n.taskDefinitionArn&&a.push(["Console",`[ECS console](${u(e.region,n.taskDefinitionArn)})`])
const h=s&&!i&&"deployed"===n.outcome
a.push(["Outcome",h?`Deployment ${n.deploymentId} of ${(0,o.pd)(n.deployedTaskDefinitionArn)} started; waiting for it to be healthy (next section)`:i??n.message])
const m=`${(n.durationMs/1e3).toFixed(1)} s`
a.push(["Duration",h?`${m} to register and update; the wait is timed below`:m])
const f=e=>e.map(e=>`- ${e}`),y=[{heading:"What changed",lines:f(n.changes.length?n.changes:["nothing in the task definition"])}]
e.service&&y.push({heading:"Service change",lines:f(n.serviceChanges.length?n.serviceChanges:["none (UpdateService skipped)"])}),n.removedFields.length&&y.push({heading:"Removed before registering",lines:f(n.removedFields)})
const $=function(e){if("definition"!==e.taskDefinition.kind)return[]
const n=e.taskDefinition.definition.containerDefinitions??[]
return n.flatMap(n=>{const i=(0,r.SI)(n,void 0,e.region)
return i?[`${n.name}: [CloudWatch Logs](${i})`]:[]})}(e)
$.length&&y.push({heading:"Logs",lines:f($)})
const k=[n.wait,n.rollback?.wait].filter(e=>void 0!==e).flatMap(e=>e.timeline.map(e=>`${(e.atMs/1e3).toFixed(0)} s: ${e.text}`))
return k.length&&y.push({heading:"Timeline",lines:f(k)}),n.wait?.stages&&y.push({heading:"Service deployment stages",lines:(0,t.Q6)(n.wait.stages)}),{title:`ECS deploy${e.dryRun?" (dry run)":""}: ${e.service||n.family}`,facts:a,details:y}}function c(e,n,i){return{service:e.service||n.family,result:i?`failed: ${i}`:n.message,durationMs:n.durationMs,commit:e.revision}}function p(e,n,i){return`${`https://${e}.console.aws.amazon.com/ecs/v2`}/clusters/${encodeURIComponent(n)}/services/${encodeURIComponent(i)}/deployments?region=${e}`}function u(e,n){const[i,t]=(0,o.pd)(n).split(":")
return`https://${e}.console.aws.amazon.com/ecs/v2/task-definitions/${encodeURIComponent(i)}/${t}/containers?region=${e}`}}}

