export const id=39
export const ids=[39]
export const modules={39:(e,t,i)=>{i.r(t),i.d(t,{pipelineFailureSummary:()=>D,preflight:()=>L,run:()=>A,stageViews:()=>x})
var r=i(6058),o=i(8795),s=i(4301),n=i(612),a=i(1060),u=i(6645),l=i(8401),g=i(2313),c=i(4538),d=i(8233),p=i(2486),y=i(8388),m=i(1980),f=i(7268),h=i(1662)
const w={action:"the root action (infra-actions)",known:["ecr-region","registry","builder","repositories","skip-logout","image","prebuilt-image","context","file","tags","build-args","labels","target","platforms","cache-from","cache-to","push-retries","revision","task-definition","task-definition-family","container-name","environment-variables","environment-variables-mode","env-files","secrets","log-configuration-log-driver","log-configuration-options","docker-labels","command","task-role-arn","execution-role-arn","cpu","memory","aws-region","cluster","service","skip-unchanged","force-new-deployment","desired-count","enable-ecs-managed-tags","propagate-tags","task-definition-tags","dry-run","target-group-arns","wait-for-minutes","rollback-on-failure"]}
var b=i(4114),k=i(1119),R=i(5777),$=i(1270),v=i(5456),P=i(152)
const E={image:"image",taskDefinitionArn:"task-definition-arn",deploymentId:"deployment-id",healthy:"healthy"},C=`sha256:${"0".repeat(64)}`
function x(e){return{login:e.renamed({"aws-region":"ecr-region"}).withValues({"mask-password":"true","http-proxy":""}),build:e.withValues({push:"true"}),render:t=>e.withValues({image:t,images:"","task-definition-arn":"","task-definition-revision":""}),deploy:e.renamed({tags:"task-definition-tags"}).withValues({"wait-for-service-stability":"false","provenance-tags":"true",...Object.fromEntries(Object.values(g.RUN_TASK_INPUT).map(e=>[e,""])),...Object.fromEntries(Object.values(g.STRATEGY_INPUT).map(e=>[e,""])),"keep-null-value-keys":"","max-retries":"","wait-max-delay-seconds":"","service-managed-ebs-volume-name":"","service-managed-ebs-volume":""}),wait:(t,i)=>{const r=e.boolean("rollback-on-failure",!1)
return e.withValues({"deployment-id":t,"rollback-task-definition":r?i:""})}}}async function L(e,t,i){const r=e.optional("prebuilt-image"),s=void 0===r?void 0:(0,c.i$)(r)
if(s)throw new f.dz("prebuilt-image",s)
const l={prebuiltImage:r,dryRun:e.boolean("dry-run",!1)}
if(r)e.optional("image")&&o.Rm.info(`prebuilt-image is set: deploying ${r}; nothing is built from 'image'`)
else if(l.login=(0,$._)(t.login),l.build=(0,n.p)(t.build,await(0,a.buildRunFacts)(t.build)),(0,u.YY)(l.build),(0,c.Fv)(l.build.image)!==l.login.registry)throw new f.dz("image",`'${l.build.image}' is not in the registry logged in to (${l.login.registry})`,`Use an image under ${l.login.registry}/, or set 'registry' to ${(0,c.Fv)(l.build.image)}`);(0,d.wx)(t.wait("",""))
const p=r??`${l.build.image}@${C}`
return await o.Rm.group("Preflight: inputs, task definition and service (read-only)",async()=>{const{result:e}=await(0,P.prepareRender)(t.render(p)),r=await I(t.deploy,e.definition,"the rendered task definition")
await(0,g.deploy)({...r,dryRun:!0},{signal:i})}),l}function I(e,t,i){return(0,g.parseDeployInputs)(e,{taskDefinition:{definition:t,origin:i,input:"task-definition"},codeDeploy:s.dp})}function D(e,t){const i=e.deployed,r=[["Service",e.service],["Result",`failed while ${e.stage}: ${(0,f.gJ)(t)}`],["Healthy","false"],["Image",e.image||"none (not built)"]]
return i?(r.push(["Task definition",(0,y.pd)(i.deployedTaskDefinitionArn||i.taskDefinitionArn)]),r.push(["Previous task definition",(0,y.pd)(i.previousTaskDefinitionArn)]),r.push(["Deployment",i.deploymentId||"none (UpdateService skipped)"])):"deploying"===e.stage&&r.push(["Deployment","unknown: the deploy stopped before it could say what it changed"]),e.logout&&r.push(["Registry",e.logout]),{title:`Deploy to ECS: failed while ${e.stage}`,facts:r}}async function U(e,t){const i=x(e),s=await L(e,i,t)
if(s.dryRun)return void o.Rm.info("dry-run: nothing was built, pushed, registered or deployed (the plan is above)")
r.uH(E.healthy,"false")
const n={stage:"logging in",service:e.string("service"),image:s.prebuiltImage,commit:(0,m.M)(e,"revision")},u=Date.now()
let c,d
try{n.image||(await o.Rm.group("Log in to ECR Public",()=>(0,R.runEcrPublicLogin)(i.login,{setOutputs:!1,beforeLogin:e=>{c=e}})),n.stage="building and pushing",n.image=(await(0,a.runBuildPush)(i.build)).image)
const e=n.image
r.uH(E.image,e),n.stage="rendering"
const s=await o.Rm.group("Render the task definition",()=>(0,P.runRenderTaskDefinition)(i.render(e))),l=await I(i.deploy,s.definition,s.file)
n.stage="deploying"
try{n.deployed=await(0,g.runDeployStep)(l,{signal:t,waitFollows:!0})}catch(e){throw e instanceof g.DeployFailedError&&(n.deployed=e.result),e}const d=n.deployed
r.uH(E.deploymentId,d.deploymentId),n.stage="waiting",await(0,p.runWaitHealthy)(i.wait(d.deploymentId,d.previousTaskDefinitionArn),t),(0,k.mG)({service:n.service,result:"healthy",durationMs:Date.now()-u,commit:n.commit})}catch(e){throw d={error:e},e}finally{if(c&&!s.login?.skipLogout)try{await(0,v.r)(c,(0,l.S)()),n.logout=`logged out of ${c.registry}`}catch(e){n.logout=`logout from ${c.registry} failed`,o.Rm.warning(`Logout from ${c.registry} failed: ${e.message}`)}else c&&(n.logout=`still logged in to ${c.registry} (skip-logout)`)
d&&await async function(e,t,i){try{r.uH(E.healthy,"false"),await(0,k.Sy)(D(e,t)),(0,k.mG)({service:e.service,result:`failed while ${e.stage}: ${(0,f.gJ)(t)}`,durationMs:Date.now()-i,commit:e.commit})}catch(e){o.Rm.warning(`Could not write the job summary: ${(0,f.gJ)(e)}`)}}(n,d.error,u)}}function A(){return(0,b.C)(e=>U(h.G0.forAction(w),e))}},5777:(e,t,i)=>{i.r(t),i.d(t,{run:()=>h,runEcrPublicLogin:()=>m})
var r=i(6058),o=i(8795),s=i(8293),n=i(7268),a=i(1662),u=i(4114),l=i(1119),g=i(812),c=i(8401),d=i(1270),p=i(5456),y=i(1815)
async function m(e,t={}){const i=!1!==t.setOutputs
i&&r.LZ(y.mI.isPost,"true")
const n=(0,d._)(e),a=await(0,s.Jz)({proxy:n.httpProxy}),u=await(0,p.a)(n,{client:a,runner:(0,c.S)(),setSecret:e=>r.Pq(e),log:e=>o.Rm.info(e),beforeLogin:e=>{i&&(r.LZ(y.mI.registry,e.registry),r.LZ(y.mI.builder,e.builder),r.LZ(y.mI.skipLogout,String(n.skipLogout))),t.beforeLogin?.(e)}})
return i?(r.uH(y.X4.registry,u.registry),r.uH(y.X4.registryAlias,u.alias),r.uH(y.X4.registryUri,u.registryUri),r.uH(y.X4.repositoryUris,u.repositoryUris.join("\n")),r.uH(y.X4.username,u.username),r.uH(y.X4.password,u.password),n.maskPassword||o.Rm.warning(`mask-password is false: the ${y.X4.password} output is not masked, so it can pass to another job; never print it`),await f(u,n.skipLogout),u):(await f(u,n.skipLogout),u)}async function f(e,t){await(0,l.Sy)({title:"ECR Public login",facts:[["Registry",e.registry],["Alias",e.alias||"unknown (ecr-public:DescribeRegistries is not allowed: see the warning)"],["Registry URI",e.registryUri||"unknown"],["Builder",e.builder],["Repositories created",e.repositoriesCreated.join(", ")||"none"],["Logout after the job",t?"no (skip-logout)":"yes"]],details:[{heading:"Repositories",lines:e.repositoryUris.map(e=>`- \`${e}\``)}]})}function h(){return(0,u.C)(async()=>{"true"===r.Gu(y.mI.isPost)?await async function(){const e=r.Gu(y.mI.registry),t=r.Gu(y.mI.builder)
if(e&&g.rV.includes(t))if("true"!==r.Gu(y.mI.skipLogout))try{await(0,p.r)({registry:e,builder:t},(0,c.S)())?o.Rm.info(`Logged out of ${e} (${t})`):o.Rm.info(`Not logged in to ${e} (${t}): nothing to log out of`)}catch(t){o.Rm.warning(t instanceof n.lZ?t.message:`Logout from ${e} failed: ${(0,n.gJ)(t)}`)}else o.Rm.info(`skip-logout is true: staying logged in to ${e}`)
else o.Rm.info("Not logged in by the main step: nothing to log out of")}():await m(a.G0.forAction(y.cc))})}},1270:(e,t,i)=>{i.d(t,{_:()=>c,u:()=>g})
var r=i(8293),o=i(7268),s=i(7447),n=i(4538),a=i(7087),u=i(812),l=i(1815)
const g="public.ecr.aws"
function c(e){const t=e.string(l.E8.awsRegion,{default:r.ug})
if(t!==r.ug)throw new o.dz(e.nameOf(l.E8.awsRegion),`'${t}' is not possible: the ECR Public API exists only in ${r.ug}, whatever region the rest of the job uses`,`Remove the input or set it to ${r.ug}; the job's AWS_REGION is ignored by this action`)
const i=e.string(l.E8.registry,{default:g})
if(!(0,n.EV)(i))throw new o.dz(e.nameOf(l.E8.registry),`'${i}' is not a registry host`,`Give a host name with an optional port and no scheme or path, e.g. ${g} or 127.0.0.1:5000`)
const a=e.list(l.E8.repositories,{valid:s._V,is:"a valid repository name",hint:"Use 2 to 205 lowercase letters, digits and . _ - separators, optionally with / namespaces (e.g. sites-management-api)"})
return{registry:i,httpProxy:d(e),builder:e.choice(l.E8.builder,u.fy,"auto"),repositories:[...new Set(a)],maskPassword:e.boolean(l.E8.maskPassword,!0),skipLogout:e.boolean(l.E8.skipLogout,!1)}}function d(e){const t=e.optional(l.E8.httpProxy)
if(void 0===t)return
const i=(0,a.Pr)(t,{requireScheme:!0})
if(i instanceof URL)return{url:i,source:`input ${e.nameOf(l.E8.httpProxy)}`}
throw new o.dz(e.nameOf(l.E8.httpProxy),`the value ${i.problem}`,a.t1)}},5456:(e,t,i)=>{i.d(t,{a:()=>c,r:()=>y})
var r=i(7268),o=i(8293),s=i(5745),n=i(812),a=i(8401),u=i(7087),l=i(1270)
const g=/^[A-Za-z0-9+/]+={0,2}$/
async function c(e,t){const c=t.log??(()=>{}),p=await(0,n.oC)(e.builder,t.runner)
c(`Builder: ${p}`)
const y=await Promise.all([i.e(279),i.e(861),i.e(821)]).then(i.t.bind(i,9821,19))
let m
try{const e=await t.client.send(new y.GetAuthorizationTokenCommand({}))
m=e.authorizationData?.authorizationToken}catch(e){throw(0,o.es)(e,"getting an ECR Public authorization token (GetAuthorizationToken in us-east-1)")}m&&t.setSecret(m)
const{username:f,password:h}=function(e){const t="Try again; if it persists, check the endpoint (AWS_ENDPOINT_URL) and the credentials this job uses"
if(!e||""===e.trim())throw new r.lZ(`ECR Public returned an empty authorization token. ${t}`)
const i=e.trim()
if(i.length%4!=0||!g.test(i))throw new r.lZ(`ECR Public returned a malformed authorization token (not base64). ${t}`)
const o=Buffer.from(i,"base64").toString("utf8"),s=o.indexOf(":")
if(s<=0)throw new r.lZ(`ECR Public returned a malformed authorization token (expected user:password). ${t}`)
const n=o.slice(0,s),a=o.slice(s+1)
if(""===a)throw new r.lZ(`ECR Public returned an authorization token with an empty password. ${t}`)
if(/[\r\n]/.test(o))throw new r.lZ(`ECR Public returned a malformed authorization token (contains a line break). ${t}`)
return{username:n,password:a}}(m)
e.maskPassword&&t.setSecret(h)
const w=[m??"",h],b=await async function(e,t,i,n){let a
try{a=(await e.send(new t.DescribeRegistriesCommand({}))).registries??[]}catch(e){const t=(0,s.WI)(e)
if(!t)throw(0,o.es)(e,"reading the ECR Public registry alias (DescribeRegistries in us-east-1)")
return void i((0,s.u5)(t,n?"The registry alias is taken from the repository URI instead of DescribeRegistries":"The registry alias is unknown, so the registry-alias, registry-uri and repository-uris outputs are empty (name the repositories to have it taken from their URI)"))}const u=a.flatMap(e=>e.aliases??[]),l=u.find(e=>e.defaultRegistryAlias)??u.find(e=>e.primaryRegistryAlias)??u[0]
if(!l?.name)throw new r.lZ("The account has no ECR Public registry alias (DescribeRegistries returned none). Create the public registry once in the ECR console (us-east-1), which assigns the default alias")
return l.name}(t.client,y,t.warn??s.mc,e.repositories.length>0)
t.beforeLogin?.({registry:e.registry,builder:p})
const k=await t.runner.run(p,(0,n.be)(p,e.registry,f),{input:h,env:e.httpProxy?(0,u.wP)(e.httpProxy.url):void 0})
if(0!==k.exitCode)throw new r.lZ(`${p} login to ${e.registry} failed (exit ${k.exitCode}):\n${function(e,t){let i=e
for(const e of t)e&&(i=i.split(e).join("***"))
return i}((0,a.w)(k.output,10),w)}`)
c(`Logged in to ${e.registry} as ${f} with ${p}`)
const R=[],$=[]
for(const i of e.repositories){const e=await d(t.client,y,i)
$.push(e.uri),e.created&&(R.push(i),c(`Created repository ${i}`))}const v=b??function(e,t){for(const i of e){const[e,r,...o]=(i??"").split("/")
if((e===l.u||e===t)&&r&&o.length>0)return r}return}($,e.registry)??"",P=v?`${e.registry}/${v}`:""
return{registry:e.registry,alias:v,registryUri:P,repositoryUris:P?e.repositories.map(e=>`${P}/${e}`):[],repositoriesCreated:R,username:f,password:h,builder:p}}async function d(e,t,i){try{const r=await e.send(new t.DescribeRepositoriesCommand({repositoryNames:[i]}))
return{created:!1,uri:r.repositories?.[0]?.repositoryUri}}catch(e){if("RepositoryNotFoundException"!==e.name)throw(0,o.es)(e,`looking up repository ${i} (DescribeRepositories)`)}try{const r=await e.send(new t.CreateRepositoryCommand({repositoryName:i}))
return{created:!0,uri:r.repository?.repositoryUri}}catch(e){if("RepositoryAlreadyExistsException"===e.name)return{created:!1}
throw(0,o.es)(e,`creating repository ${i} (CreateRepository)`)}}const p=/not logged in(to)?\b/i
async function y(e,t){const i=await t.run(e.builder,(0,n.m9)(e.builder,e.registry))
if(p.test(i.output))return!1
if(0!==i.exitCode)throw new r.lZ(`${e.builder} logout from ${e.registry} failed (exit ${i.exitCode}): ${(0,a.w)(i.output,5)}`)
return!0}},1815:(e,t,i)=>{i.d(t,{E8:()=>r,X4:()=>o,cc:()=>n,mI:()=>s})
const r={awsRegion:"aws-region",registry:"registry",builder:"builder",repositories:"repositories",maskPassword:"mask-password",skipLogout:"skip-logout",httpProxy:"http-proxy"},o={registry:"registry",registryAlias:"registry-alias",registryUri:"registry-uri",repositoryUris:"repository-uris",username:"docker_username_public_ecr_aws",password:"docker_password_public_ecr_aws"},s={isPost:"isPost",registry:"registry",builder:"builder",skipLogout:"skipLogout"},n={action:"ecr-public-login",known:Object.values(r),reference:{repository:"aws-actions/amazon-ecr-login",inputs:{registries:{kind:"refused",why:"it names ECR Private registries, and this action logs in to ECR Public only; use aws-actions/amazon-ecr-login for ECR Private"},"registry-type":{kind:"refused",why:"this action logs in to ECR Public only, so only 'public' is accepted; use aws-actions/amazon-ecr-login for ECR Private",accepts:["public"]}},outputs:{}}}}}

