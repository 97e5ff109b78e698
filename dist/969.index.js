export const id=969
export const ids=[969]
export const modules={969:(e,t,r)=>{r.r(t),r.d(t,{run:()=>C,runEcrPublicLogin:()=>_})
var i=r(6058),o=r(8795),s=r(3322),n=r(3024),a=r(8161),u=r.n(a),c=r(6760),l=r.n(c),g=r(7268)
const d=["AWS_ACCESS_KEY_ID","AWS_PROFILE","AWS_WEB_IDENTITY_TOKEN_FILE","AWS_CONTAINER_CREDENTIALS_RELATIVE_URI","AWS_CONTAINER_CREDENTIALS_FULL_URI"]
function p(e,t,r){if(d.some(t=>e[t]))return
if(function(e,t){return[e.AWS_CONFIG_FILE||l().join(t,".aws","config"),e.AWS_SHARED_CREDENTIALS_FILE||l().join(t,".aws","credentials")]}(e,r).some(t))return
const i=void 0!==e.AWS_EC2_METADATA_DISABLED&&"false"!==e.AWS_EC2_METADATA_DISABLED
if("self-hosted"===e.RUNNER_ENVIRONMENT&&!i)return
const o=i?"and AWS_EC2_METADATA_DISABLED turns off the instance metadata service":"github-hosted"===e.RUNNER_ENVIRONMENT?"and a GitHub-hosted runner has no instance profile":"and this is not a self-hosted runner, where an EC2 instance profile would be used"
return new g.lZ(`No AWS credentials: none of AWS_ACCESS_KEY_ID, AWS_PROFILE, AWS_WEB_IDENTITY_TOKEN_FILE or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI is set, there is no ~/.aws/config or ~/.aws/credentials, ${o}. Configure credentials before this step, e.g. aws-actions/configure-aws-credentials with role-to-assume (OIDC), or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY from secrets`)}var y=r(1662),f=r(4114),h=r(1119),w=r(812),m=r(2514),E=r(1270),R=r(5456),b=r(1815)
async function _(e,t={}){const r=!1!==t.setOutputs
r&&i.LZ(b.mI.isPost,"true")
const a=(0,E._)(e)
!function(){const e=p(process.env,n.existsSync,u().homedir())
if(e)throw e}()
const c=await(0,s.Jz)({proxy:a.httpProxy}),l=await(0,R.a)(a,{client:c,runner:(0,m.S)(),setSecret:e=>i.Pq(e),log:e=>o.Rm.info(e),beforeLogin:e=>{r&&(i.LZ(b.mI.registry,e.registry),i.LZ(b.mI.builder,e.builder),i.LZ(b.mI.skipLogout,String(a.skipLogout))),t.beforeLogin?.(e)}})
return r?(i.uH(b.X4.registry,l.registry),i.uH(b.X4.registryAlias,l.alias),i.uH(b.X4.registryUri,l.registryUri),i.uH(b.X4.repositoryUris,l.repositoryUris.join("\n")),i.uH(b.X4.username,l.username),i.uH(b.X4.password,l.password),a.maskPassword||o.Rm.warning(`mask-password is false: the ${b.X4.password} output is not masked, so it can pass to another job; never print it`),await A(l,a.skipLogout),l):(await A(l,a.skipLogout),l)}async function A(e,t){await(0,h.Sy)({title:"ECR Public login",facts:[["Registry",e.registry],["Alias",e.alias||"unknown (ecr-public:DescribeRegistries is not allowed: see the warning)"],["Registry URI",e.registryUri||"unknown"],["Builder",e.builder],["Repositories created",e.repositoriesCreated.join(", ")||"none"],["Logout after the job",t?"no (skip-logout)":"yes"]],details:[{heading:"Repositories",lines:e.repositoryUris.map(e=>`- \`${e}\``)}]})}function C(){return(0,f.C)(async()=>{"true"===i.Gu(b.mI.isPost)?await async function(){const e=i.Gu(b.mI.registry),t=i.Gu(b.mI.builder)
if(e&&w.rV.includes(t))if("true"!==i.Gu(b.mI.skipLogout))try{await(0,R.r)({registry:e,builder:t},(0,m.S)())?o.Rm.info(`Logged out of ${e} (${t})`):o.Rm.info(`Not logged in to ${e} (${t}): nothing to log out of`)}catch(t){o.Rm.warning(t instanceof g.lZ?t.message:`Logout from ${e} failed: ${(0,g.gJ)(t)}`)}else o.Rm.info(`skip-logout is true: staying logged in to ${e}`)
else o.Rm.info("Not logged in by the main step: nothing to log out of")}():await _(y.G0.forAction(b.cc))})}},1270:(e,t,r)=>{r.d(t,{_:()=>g,u:()=>l})
var i=r(3322),o=r(7268),s=r(7447),n=r(4538),a=r(7087),u=r(812),c=r(1815)
const l="public.ecr.aws"
function g(e){const t=e.string(c.E8.awsRegion,{default:i.ug})
if(t!==i.ug)throw new o.dz(e.nameOf(c.E8.awsRegion),`'${t}' is not possible: the ECR Public API exists only in ${i.ug}, whatever region the rest of the job uses`,`Remove the input or set it to ${i.ug}; the job's AWS_REGION is ignored by this action`)
const r=e.string(c.E8.registry,{default:l})
if(!(0,n.EV)(r))throw new o.dz(e.nameOf(c.E8.registry),`'${r}' is not a registry host`,`Give a host name with an optional port and no scheme or path, e.g. ${l} or 127.0.0.1:5000`)
const a=e.list(c.E8.repositories,{valid:s._V,is:"a valid repository name",hint:"Use 2 to 205 lowercase letters, digits and . _ - separators, optionally with / namespaces (e.g. sites-management-api)"})
return{registry:r,httpProxy:d(e),builder:e.choice(c.E8.builder,u.fy,"auto"),repositories:[...new Set(a)],maskPassword:e.boolean(c.E8.maskPassword,!0),skipLogout:e.boolean(c.E8.skipLogout,!1)}}function d(e){const t=e.optional(c.E8.httpProxy)
if(void 0===t)return
const r=(0,a.Pr)(t,{requireScheme:!0})
if(r instanceof URL)return{url:r,source:`input ${e.nameOf(c.E8.httpProxy)}`}
throw new o.dz(e.nameOf(c.E8.httpProxy),`the value ${r.problem}`,a.t1)}},5456:(e,t,r)=>{r.d(t,{a:()=>g,r:()=>y})
var i=r(7268),o=r(3322),s=r(5745),n=r(812),a=r(2514),u=r(7087),c=r(1270)
const l=/^[A-Za-z0-9+/]+={0,2}$/
async function g(e,t){const g=t.log??(()=>{}),p=await(0,n.oC)(e.builder,t.runner)
g(`Builder: ${p}`)
const y=await Promise.all([r.e(279),r.e(861),r.e(821)]).then(r.t.bind(r,9821,19))
let f
try{const e=await t.client.send(new y.GetAuthorizationTokenCommand({}))
f=e.authorizationData?.authorizationToken}catch(e){throw(0,o.es)(e,"getting an ECR Public authorization token (GetAuthorizationToken in us-east-1)")}f&&t.setSecret(f)
const{username:h,password:w}=function(e){const t="Try again; if it persists, check the endpoint (AWS_ENDPOINT_URL) and the credentials this job uses"
if(!e||""===e.trim())throw new i.lZ(`ECR Public returned an empty authorization token. ${t}`)
const r=e.trim()
if(r.length%4!=0||!l.test(r))throw new i.lZ(`ECR Public returned a malformed authorization token (not base64). ${t}`)
const o=Buffer.from(r,"base64").toString("utf8"),s=o.indexOf(":")
if(s<=0)throw new i.lZ(`ECR Public returned a malformed authorization token (expected user:password). ${t}`)
const n=o.slice(0,s),a=o.slice(s+1)
if(""===a)throw new i.lZ(`ECR Public returned an authorization token with an empty password. ${t}`)
if(/[\r\n]/.test(o))throw new i.lZ(`ECR Public returned a malformed authorization token (contains a line break). ${t}`)
return{username:n,password:a}}(f)
e.maskPassword&&t.setSecret(w)
const m=[f??"",w],E=await async function(e,t,r,n){let a
try{a=(await e.send(new t.DescribeRegistriesCommand({}))).registries??[]}catch(e){const t=(0,s.WI)(e)
if(!t)throw(0,o.es)(e,"reading the ECR Public registry alias (DescribeRegistries in us-east-1)")
return void r((0,s.u5)(t,n?"The registry alias is taken from the repository URI instead of DescribeRegistries":"The registry alias is unknown, so the registry-alias, registry-uri and repository-uris outputs are empty (name the repositories to have it taken from their URI)"))}const u=a.flatMap(e=>e.aliases??[]),c=u.find(e=>e.defaultRegistryAlias)??u.find(e=>e.primaryRegistryAlias)??u[0]
if(!c?.name)throw new i.lZ("The account has no ECR Public registry alias (DescribeRegistries returned none). Create the public registry once in the ECR console (us-east-1), which assigns the default alias")
return c.name}(t.client,y,t.warn??s.mc,e.repositories.length>0)
t.beforeLogin?.({registry:e.registry,builder:p})
const R=await t.runner.run(p,(0,n.be)(p,e.registry,h),{input:w,env:e.httpProxy?(0,u.wP)(e.httpProxy.url):void 0})
if(0!==R.exitCode)throw new i.lZ(`${p} login to ${e.registry} failed (exit ${R.exitCode}):\n${function(e,t){let r=e
for(const e of t)e&&(r=r.split(e).join("***"))
return r}((0,a.w)(R.output,10),m)}`)
g(`Logged in to ${e.registry} as ${h} with ${p}`)
const b=[],_=[]
for(const r of e.repositories){const e=await d(t.client,y,r)
_.push(e.uri),e.created&&(b.push(r),g(`Created repository ${r}`))}const A=E??function(e,t){for(const r of e){const[e,i,...o]=(r??"").split("/")
if((e===c.u||e===t)&&i&&o.length>0)return i}return}(_,e.registry)??"",C=A?`${e.registry}/${A}`:""
return{registry:e.registry,alias:A,registryUri:C,repositoryUris:C?e.repositories.map(e=>`${C}/${e}`):[],repositoriesCreated:b,username:h,password:w,builder:p}}async function d(e,t,r){try{const i=await e.send(new t.DescribeRepositoriesCommand({repositoryNames:[r]}))
return{created:!1,uri:i.repositories?.[0]?.repositoryUri}}catch(e){if("RepositoryNotFoundException"!==e.name)throw(0,o.es)(e,`looking up repository ${r} (DescribeRepositories)`)}try{const i=await e.send(new t.CreateRepositoryCommand({repositoryName:r}))
return{created:!0,uri:i.repository?.repositoryUri}}catch(e){if("RepositoryAlreadyExistsException"===e.name)return{created:!1}
throw(0,o.es)(e,`creating repository ${r} (CreateRepository)`)}}const p=/not logged in(to)?\b/i
async function y(e,t){const r=await t.run(e.builder,(0,n.m9)(e.builder,e.registry))
if(p.test(r.output))return!1
if(0!==r.exitCode)throw new i.lZ(`${e.builder} logout from ${e.registry} failed (exit ${r.exitCode}): ${(0,a.w)(r.output,5)}`)
return!0}},1815:(e,t,r)=>{r.d(t,{E8:()=>i,X4:()=>o,cc:()=>n,mI:()=>s})
const i={awsRegion:"aws-region",registry:"registry",builder:"builder",repositories:"repositories",maskPassword:"mask-password",skipLogout:"skip-logout",httpProxy:"http-proxy"},o={registry:"registry",registryAlias:"registry-alias",registryUri:"registry-uri",repositoryUris:"repository-uris",username:"docker_username_public_ecr_aws",password:"docker_password_public_ecr_aws"},s={isPost:"isPost",registry:"registry",builder:"builder",skipLogout:"skipLogout"},n={action:"ecr-public-login",known:Object.values(i),reference:{repository:"aws-actions/amazon-ecr-login",inputs:{registries:{kind:"refused",why:"it names ECR Private registries, and this action logs in to ECR Public only; use aws-actions/amazon-ecr-login for ECR Private"},"registry-type":{kind:"refused",why:"this action logs in to ECR Public only, so only 'public' is accepted; use aws-actions/amazon-ecr-login for ECR Private",accepts:["public"]}},outputs:{}}}}}

