export const id=43
export const ids=[43]
export const modules={8293:(t,e,n)=>{n.d(e,{ug:()=>E,es:()=>W,uk:()=>R,Jz:()=>N,DJ:()=>I,HN:()=>y,Sc:()=>v})
var o=n(6058),r=n(5745),s=n(3024),i=n(8161),a=n.n(i),c=n(6760),u=n.n(c),l=n(7268)
const h=["AWS_ACCESS_KEY_ID","AWS_PROFILE","AWS_WEB_IDENTITY_TOKEN_FILE","AWS_CONTAINER_CREDENTIALS_RELATIVE_URI","AWS_CONTAINER_CREDENTIALS_FULL_URI"]
function d(t,e,n){if(h.some(e=>t[e]))return
if(function(t,e){return[t.AWS_CONFIG_FILE||u().join(e,".aws","config"),t.AWS_SHARED_CREDENTIALS_FILE||u().join(e,".aws","credentials")]}(t,n).some(e))return
const o=void 0!==t.AWS_EC2_METADATA_DISABLED&&"false"!==t.AWS_EC2_METADATA_DISABLED
if("self-hosted"===t.RUNNER_ENVIRONMENT&&!o)return
const r=o?"and AWS_EC2_METADATA_DISABLED turns off the instance metadata service":"github-hosted"===t.RUNNER_ENVIRONMENT?"and a GitHub-hosted runner has no instance profile":"and this is not a self-hosted runner, where an EC2 instance profile would be used"
return new l.lZ(`No AWS credentials: none of AWS_ACCESS_KEY_ID, AWS_PROFILE, AWS_WEB_IDENTITY_TOKEN_FILE or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI is set, there is no ~/.aws/config or ~/.aws/credentials, ${r}. Configure credentials before this step, e.g. aws-actions/configure-aws-credentials with role-to-assume (OIDC), or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY from secrets`)}var f=n(8795),p=n(7087)
const m="1.0.0",E="us-east-1",S=new Set
function A(t){let e=(0,p.n4)(process.env)
if(t.proxy&&(e=(0,p.fK)(e,t.proxy)),!(0,p.jL)(e))return{}
for(const t of(0,p.Wm)(e))o.Pq(t)
const n=(0,p.jj)(e)
return S.has(n)||(S.add(n),f.Rm.info(n)),{requestHandler:new p.RE(e)}}function _(t){!function(){const t=d(process.env,s.existsSync,a().homedir())
if(t)throw t}()
const e=Number(process.env.AWS_MAX_ATTEMPTS)
return{...A(t),region:t.region,retryMode:"adaptive",maxAttempts:t.maxAttempts??(Number.isInteger(e)&&e>0?e:8),customUserAgent:[["infra-actions",m]]}}const $=3e5
function w(t){const e=t
return/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(e?.name??"")||429===e?.$metadata?.httpStatusCode}function C(t,e=Math.random){const n=Math.min(3e4,1e3*2**t)
return Math.round(n*(.5+.5*e()))}function g(t){return new Promise(e=>{const n=t=>{clearTimeout(r),process.off("SIGINT",o),process.off("SIGTERM",o),e(t)},o=()=>n(!0),r=setTimeout(()=>n(!1),t)
process.once("SIGINT",o),process.once("SIGTERM",o)})}function T(t,e=g){return t.middlewareStack.add((t,n)=>async o=>{const r=String(n.commandName??"").replace(/Command$/,"")
if(/^(Describe|List|Get)/.test(r))return t(o)
const s=Date.now()+$
for(let n=1;;n++)try{return await t(o)}catch(t){const o=s-Date.now()
if(!w(t)||o<=0)throw t
const i=Math.min(o,C(n))
if(f.Rm.info(`AWS is throttling ${r} (the account's request rate limit), so it was not applied; trying again in ${Math.ceil(i/1e3)} s`),await e(i))throw t}},{step:"initialize",name:"infraActionsThrottlePatience"}),t}async function I(t){const e=_(t),{ECSClient:o}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19))
return T(new o(e))}async function y(t){const e=_(t),{ElasticLoadBalancingV2Client:o}=await Promise.all([n.e(279),n.e(861),n.e(586)]).then(n.t.bind(n,586,19))
return T(new o(e))}async function R(t){const e=_(t),{CodeDeployClient:o}=await Promise.all([n.e(279),n.e(861),n.e(507)]).then(n.t.bind(n,7507,19))
return T(new o(e))}async function N(t={}){const e=_({...t,region:E}),{ECRPUBLICClient:o}=await Promise.all([n.e(279),n.e(861),n.e(821)]).then(n.t.bind(n,9821,19))
return T(new o(e))}function W(t,e){const n=t,o=n?.name??"Error",s=n?.message??String(t)
let i=""
if("CredentialsProviderError"===o||/Could not load credentials/i.test(s))return i="No AWS credentials found. Configure them before this step, e.g. with aws-actions/configure-aws-credentials (OIDC role) or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY secrets",new l.lZ(`While ${e}: ${i}`,{},{cause:t})
const a=(0,r.WI)(t)
return a?new l.lZ(`While ${e}: ${(0,r.jj)(a)}. AWS said: ${o}: ${s}`,{},{cause:t}):("AccessDeniedException"===o||"AccessDenied"===o||403===n?.$metadata?.httpStatusCode?i=" Check that the role or user has the IAM permission for this call.":"UnrecognizedClientException"===o||"InvalidSignatureException"===o?i=" Check the AWS credentials (access key) and the region.":w(t)&&(i=" AWS kept throttling after all retries; try again later or raise AWS_MAX_ATTEMPTS."),new l.lZ(`While ${e}: ${o}: ${s}${i}`,{},{cause:t}))}function v(t){const e=t
if(!e||"object"!=typeof e)return!1
if(e.$retryable||"server"===e.$fault)return!0
if((e.$metadata?.httpStatusCode??0)>=500)return!0
const n=e.name??e.code??""
return/Throttl|TooManyRequests|RequestLimitExceeded|ServiceUnavailable|InternalFailure|ServerException|TimeoutError|RequestTimeout|ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|socket hang up/i.test(`${n} ${t.message??""}`)}},7447:(t,e,n)=>{n.d(e,{An:()=>I,GW:()=>R,O$:()=>C,X6:()=>N,Z5:()=>W,_V:()=>v,f5:()=>$,hL:()=>g,il:()=>y,pK:()=>w,tP:()=>T})
const o="[A-Za-z0-9_-]{1,255}",r="arn:aws[a-z-]*",s="[a-z0-9-]+",i="\\d{12}",a=t=>new RegExp(`^${t}$`),c=t=>`${r}:ecs:(${s}):${i}:${t}`,u=a(o),l=a(c(`cluster/${o}`)),h=a(c("service/.+")),d=a(c(`task-definition/(${o})(?::(\\d+))?`)),f=a(`${o}:\\d+`),p=a(`${r}:elasticloadbalancing:${s}:${i}:targetgroup/[A-Za-z0-9-]+/[0-9a-f]+`),m=a(`${r}:iam::${i}:role/[\\w+=,.@/-]{1,512}`),E=a(`${r}:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/.+`),S=/^ecs-svc\/\d+$/,A=/^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,_={min:2,max:205},$=360
function w(t){return u.test(t)}function C(t){return u.test(t)||l.test(t)}function g(t){return u.test(t)||h.test(t)}function T(t){const e=d.exec(t)
if(e)return{region:e[1],family:e[2],revision:void 0===e[3]?void 0:Number(e[3])}}function I(t){return f.test(t)||void 0!==T(t)?.revision}function y(t){return p.test(t)}function R(t){return m.test(t)}function N(t){return E.test(t)}function W(t){return S.test(t)}function v(t){return t.length>=_.min&&t.length<=_.max&&A.test(t)}},7087:(t,e,n)=>{n.d(e,{Pr:()=>i,RE:()=>$,Wm:()=>A,fK:()=>u,jL:()=>l,jj:()=>S,n4:()=>c,t1:()=>a,wP:()=>_})
var o=n(7030),r=n(7268)
function s(t,e){for(const n of[e,e.toUpperCase()]){const e=t[n]?.trim()
if(e)return{value:e,source:n}}}function i(t,e={}){const n=/^[a-z][a-z0-9+.-]*:\/\//i.test(t)
if(!n&&e.requireScheme)return{problem:"has no scheme (http:// or https://)"}
let o
try{o=new URL(n?t:`http://${t}`)}catch{return{problem:"is not a URL"}}return"http:"!==o.protocol&&"https:"!==o.protocol?{problem:`uses the scheme ${o.protocol.slice(0,40)}, and only http:// and https:// proxies are supported`}:o.hostname?o:{problem:"has no host"}}const a="Give http://host:port or https://host:port (user:password@ may come before the host, percent-encoded)"
function c(t){const e={noProxy:[]}
for(const[n,o]of[["https","https_proxy"],["http","http_proxy"]]){const c=s(t,o)
if(!c)continue
const u=i(c.value)
if(!(u instanceof URL))throw new r.lZ(`The environment variable ${c.source} ${u.problem}. ${a}`)
e[n]={url:u,source:c.source}}const n=s(t,"no_proxy")
return n&&(e.noProxy=n.value.split(",").map(t=>t.trim().toLowerCase()).filter(Boolean),e.noProxySource=n.source),e}function u(t,e){return{...t,https:e,http:e}}function l(t){return Boolean(t.https||t.http)}function h(t,e){const n="https:"===t.protocol?e.https:"http:"===t.protocol?e.http:void 0
if(n&&!function(t,e){const n=t.hostname.toLowerCase().replace(/^\[(.*)\]$/,"$1").replace(/\.$/,""),o=t.port||d[t.protocol]||"",r=p(n)
for(const t of e){if("*"===t)return!0
const e=f(t)
if(void 0!==e.port&&e.port!==o)continue
if(e.host.includes("/")){if(r&&m(r,e.host))return!0
continue}const s=p(e.host)
if(r||s){if(r&&s&&r.address===s.address)return!0
continue}const i=e.host.replace(/^\*\./,".").replace(/\.$/,"")
if(i.startsWith(".")?n.endsWith(i):n===i||n.endsWith(`.${i}`))return!0}return!1}(t,e.noProxy))return n}const d={"http:":"80","https:":"443"}
function f(t){const e=/^\[([^\]]+)\](?::(\d+))?$/.exec(t)
if(e)return{host:e[1],port:e[2]}
if(1===t.split(":").length-1){const[e,n]=t.split(":")
return{host:e,port:n}}return{host:t}}function p(t){const e=(0,o.isIP)(t)
return 4===e?{address:t,family:"ipv4"}:6===e?{address:new URL(`http://[${t}]`).hostname.slice(1,-1),family:"ipv6"}:void 0}function m(t,e){const[n,r]=e.split("/"),s=p(n),i=Number(r)
if(!s||s.family!==t.family||!/^\d+$/.test(r))return!1
if(i>("ipv4"===s.family?32:128))return!1
const a=new o.BlockList
return a.addSubnet(s.address,i,s.family),a.check(t.address,t.family)}function E(t){const e=t.url.username||t.url.password?", with credentials":""
return`${t.url.protocol}//${t.url.host} (${t.source}${e})`}function S(t){const e=[t.https&&`https:// endpoints through ${E(t.https)}`,t.http&&`http:// endpoints through ${E(t.http)}`].filter(Boolean),n=t.noProxy.length?`; hosts in ${t.noProxySource} go direct`:""
return`AWS API requests to ${e.join(", to ")}${n}`}function A(t){const e=new Set
for(const n of[t.https,t.http]){const t=n?.url.password
if(t){e.add(t)
try{e.add(decodeURIComponent(t))}catch{}}}return[...e]}function _(t){const e=t.href
return{HTTPS_PROXY:e,https_proxy:e,HTTP_PROXY:e,http_proxy:e}}class ${settings
handlers=new Map
configUpdates=[]
constructor(t){this.settings=t}async handle(t,e){const n=t.hostname.includes(":")&&!t.hostname.startsWith("[")?`[${t.hostname}]`:t.hostname,o=new URL(`${t.protocol}//${n}${t.port?`:${t.port}`:""}`)
return(await this.handlerFor(h(o,this.settings))).handle(t,e)}handlerFor(t){const e=t?.url.href??"direct"
let o=this.handlers.get(e)
return o||(o=async function(t){const{NodeHttpHandler:e}=await n.e(279).then(n.t.bind(n,1279,19))
if(!t)return new e
const[{HttpProxyAgent:o},{HttpsProxyAgent:r}]=await Promise.all([Promise.all([n.e(411),n.e(947)]).then(n.bind(n,8947)),Promise.all([n.e(411),n.e(566)]).then(n.bind(n,1566))])
return new e({httpAgent:new o(t,{keepAlive:!0}),httpsAgent:new r(t,{keepAlive:!0})})}(t?.url).then(t=>{for(const[e,n]of this.configUpdates)t.updateHttpClientConfig(e,n)
return t}),this.handlers.set(e,o)),o}updateHttpClientConfig(t,e){this.configUpdates.push([t,e])
for(const n of this.handlers.values())n.then(n=>n.updateHttpClientConfig(t,e))}httpHandlerConfigs(){return{}}destroy(){for(const t of this.handlers.values())t.then(t=>t.destroy())}}}}

