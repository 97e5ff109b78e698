export const id=39
export const ids=[39]
export const modules={39:(e,i,t)=>{t.r(i),t.d(i,{pipelineFailureSummary:()=>E,preflight:()=>S,run:()=>F,stageViews:()=>x})
var n=t(6058),o=t(8795),a=t(4301),r=t(612),s=t(1060),l=t(6645),d=t(2514),g=t(2313),u=t(4538),c=t(8233),p=t(2486),m=t(8388),f=t(1980),y=t(7268),h=t(1662)
const w={action:"the root action (infra-actions)",known:["ecr-region","registry","builder","repositories","skip-logout","image","prebuilt-image","context","file","tags","build-args","labels","target","platforms","cache-from","cache-to","push-retries","revision","task-definition","task-definition-family","container-name","environment-variables","environment-variables-mode","env-files","secrets","log-configuration-log-driver","log-configuration-options","docker-labels","command","task-role-arn","execution-role-arn","cpu","memory","aws-region","cluster","service","skip-unchanged","force-new-deployment","desired-count","enable-ecs-managed-tags","propagate-tags","task-definition-tags","dry-run","target-group-arns","wait-for-minutes","rollback-on-failure"]}
var b=t(4114),v=t(1119),k=t(969),$=t(1270),R=t(5456),D=t(152)
const I={image:"image",taskDefinitionArn:"task-definition-arn",deploymentId:"deployment-id",healthy:"healthy"},T=`sha256:${"0".repeat(64)}`
function x(e){return{login:e.renamed({"aws-region":"ecr-region"}).withValues({"mask-password":"true","http-proxy":""}),build:e.withValues({push:"true"}),render:i=>e.withValues({image:i,images:"","task-definition-arn":"","task-definition-revision":""}),deploy:e.renamed({tags:"task-definition-tags"}).withValues({"wait-for-service-stability":"false","provenance-tags":"true",...Object.fromEntries(Object.values(g.RUN_TASK_INPUT).map(e=>[e,""])),...Object.fromEntries(Object.values(g.STRATEGY_INPUT).map(e=>[e,""])),"keep-null-value-keys":"","max-retries":"","wait-max-delay-seconds":"","service-managed-ebs-volume-name":"","service-managed-ebs-volume":""}),wait:(i,t)=>{const n=e.boolean("rollback-on-failure",!1)
return e.withValues({"deployment-id":i,"rollback-task-definition":n?t:""})}}}async function S(e,i,t){const n=e.optional("prebuilt-image"),a=void 0===n?void 0:(0,u.i$)(n)
if(a)throw new y.dz("prebuilt-image",a)
const d={prebuiltImage:n,dryRun:e.boolean("dry-run",!1)}
if(n)e.optional("image")&&o.Rm.info(`prebuilt-image is set: deploying ${n}; nothing is built from 'image'`)
else if(d.login=(0,$._)(i.login),d.build=(0,r.p)(i.build,await(0,s.buildRunFacts)(i.build)),(0,l.YY)(d.build),(0,u.Fv)(d.build.image)!==d.login.registry)throw new y.dz("image",`'${d.build.image}' is not in the registry logged in to (${d.login.registry})`,`Use an image under ${d.login.registry}/, or set 'registry' to ${(0,u.Fv)(d.build.image)}`);(0,c.wx)(i.wait("",""))
const p=n??`${d.build.image}@${T}`
return await o.Rm.group("Preflight: inputs, task definition and service (read-only)",async()=>{const{result:e}=await(0,D.prepareRender)(i.render(p)),n=A(i.deploy,e.definition,"the rendered task definition")
await(0,g.deploy)({...n,dryRun:!0},{signal:t})}),d}function A(e,i,t){return(0,g.parseDeployInputs)(e,{taskDefinition:{definition:i,origin:t,input:"task-definition"},codeDeploy:a.dp})}function E(e,i){const t=e.deployed,n=[["Service",e.service],["Result",`failed while ${e.stage}: ${(0,y.gJ)(i)}`],["Healthy","false"],["Image",e.image||"none (not built)"]]
return t?(n.push(["Task definition",(0,m.pd)(t.deployedTaskDefinitionArn||t.taskDefinitionArn)]),n.push(["Previous task definition",(0,m.pd)(t.previousTaskDefinitionArn)]),n.push(["Deployment",t.deploymentId||"none (UpdateService skipped)"])):"deploying"===e.stage&&n.push(["Deployment","unknown: the deploy stopped before it could say what it changed"]),e.logout&&n.push(["Registry",e.logout]),{title:`Deploy to ECS: failed while ${e.stage}`,facts:n}}async function P(e,i){const t=x(e),a=await S(e,t,i)
if(a.dryRun)return void o.Rm.info("dry-run: nothing was built, pushed, registered or deployed (the plan is above)")
n.uH(I.healthy,"false")
const r={stage:"logging in",service:e.string("service"),image:a.prebuiltImage,commit:(0,f.M)(e,"revision")},l=Date.now()
let u,c
try{r.image||(await o.Rm.group("Log in to ECR Public",()=>(0,k.runEcrPublicLogin)(t.login,{setOutputs:!1,beforeLogin:e=>{u=e}})),r.stage="building and pushing",r.image=(await(0,s.runBuildPush)(t.build)).image)
const e=r.image
n.uH(I.image,e),r.stage="rendering"
const a=await o.Rm.group("Render the task definition",()=>(0,D.runRenderTaskDefinition)(t.render(e))),d=A(t.deploy,a.definition,a.file)
r.stage="deploying"
try{r.deployed=await(0,g.runDeployStep)(d,{signal:i,waitFollows:!0})}catch(e){throw e instanceof g.DeployFailedError&&(r.deployed=e.result),e}const c=r.deployed
n.uH(I.deploymentId,c.deploymentId),r.stage="waiting",await(0,p.runWaitHealthy)(t.wait(c.deploymentId,c.previousTaskDefinitionArn),i),(0,v.mG)({service:r.service,result:"healthy",durationMs:Date.now()-l,commit:r.commit})}catch(e){throw c={error:e},e}finally{if(u&&!a.login?.skipLogout)try{await(0,R.r)(u,(0,d.S)()),r.logout=`logged out of ${u.registry}`}catch(e){r.logout=`logout from ${u.registry} failed`,o.Rm.warning(`Logout from ${u.registry} failed: ${e.message}`)}else u&&(r.logout=`still logged in to ${u.registry} (skip-logout)`)
c&&await async function(e,i,t){try{n.uH(I.healthy,"false"),await(0,v.Sy)(E(e,i)),(0,v.mG)({service:e.service,result:`failed while ${e.stage}: ${(0,y.gJ)(i)}`,durationMs:Date.now()-t,commit:e.commit})}catch(e){o.Rm.warning(`Could not write the job summary: ${(0,y.gJ)(e)}`)}}(r,c.error,l)}}function F(){return(0,b.C)(e=>P(h.G0.forAction(w),e))}}}

