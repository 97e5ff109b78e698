export const id=400
export const ids=[400]
export const modules={3322:(t,e,n)=>{n.d(e,{ug:()=>u,es:()=>g,uk:()=>m,Jz:()=>$,DJ:()=>d,HN:()=>f,Sc:()=>y})
var o=n(6058),r=n(5745),s=n(7268),i=n(8795),a=n(7087)
const c="1.0.0",u="us-east-1",l=new Set
function h(t){let e=(0,a.n4)(process.env)
if(t.proxy&&(e=(0,a.fK)(e,t.proxy)),!(0,a.jL)(e))return{}
for(const t of(0,a.Wm)(e))o.Pq(t)
const n=(0,a.jj)(e)
return l.has(n)||(l.add(n),i.Rm.info(n)),{requestHandler:new a.RE(e)}}function p(t){const e=Number(process.env.AWS_MAX_ATTEMPTS)
return{...h(t),region:t.region,retryMode:"adaptive",maxAttempts:t.maxAttempts??(Number.isInteger(e)&&e>0?e:8),customUserAgent:[["infra-actions",c]]}}async function d(t){const{ECSClient:e}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19))
return new e(p(t))}async function f(t){const{ElasticLoadBalancingV2Client:e}=await Promise.all([n.e(279),n.e(861),n.e(586)]).then(n.t.bind(n,586,19))
return new e(p(t))}async function m(t){const{CodeDeployClient:e}=await Promise.all([n.e(279),n.e(861),n.e(507)]).then(n.t.bind(n,7507,19))
return new e(p(t))}async function $(t={}){const{ECRPUBLICClient:e}=await Promise.all([n.e(279),n.e(861),n.e(821)]).then(n.t.bind(n,9821,19))
return new e(p({...t,region:u}))}function g(t,e){const n=t,o=n?.name??"Error",i=n?.message??String(t)
let a=""
if("CredentialsProviderError"===o||/Could not load credentials/i.test(i))return a="No AWS credentials found. Configure them before this step, e.g. with aws-actions/configure-aws-credentials (OIDC role) or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY secrets",new s.lZ(`While ${e}: ${a}`,{},{cause:t})
const c=(0,r.WI)(t)
return c?new s.lZ(`While ${e}: ${(0,r.jj)(c)}. AWS said: ${o}: ${i}`,{},{cause:t}):("AccessDeniedException"===o||"AccessDenied"===o||403===n?.$metadata?.httpStatusCode?a=" Check that the role or user has the IAM permission for this call.":"UnrecognizedClientException"===o||"InvalidSignatureException"===o?a=" Check the AWS credentials (access key) and the region.":"ThrottlingException"!==o&&"Throttling"!==o||(a=" AWS kept throttling after all retries; try again later or raise AWS_MAX_ATTEMPTS."),new s.lZ(`While ${e}: ${o}: ${i}${a}`,{},{cause:t}))}function y(t){const e=t
if(!e||"object"!=typeof e)return!1
if(e.$retryable||"server"===e.$fault)return!0
if((e.$metadata?.httpStatusCode??0)>=500)return!0
const n=e.name??e.code??""
return/Throttl|TooManyRequests|RequestLimitExceeded|ServiceUnavailable|InternalFailure|ServerException|TimeoutError|RequestTimeout|ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|socket hang up/i.test(`${n} ${t.message??""}`)}},7447:(t,e,n)=>{n.d(e,{An:()=>A,GW:()=>b,O$:()=>E,X6:()=>T,Z5:()=>_,_V:()=>W,f5:()=>C,hL:()=>S,il:()=>P,pK:()=>v,tP:()=>x})
const o="[A-Za-z0-9_-]{1,255}",r="arn:aws[a-z-]*",s="[a-z0-9-]+",i="\\d{12}",a=t=>new RegExp(`^${t}$`),c=t=>`${r}:ecs:(${s}):${i}:${t}`,u=a(o),l=a(c(`cluster/${o}`)),h=a(c("service/.+")),p=a(c(`task-definition/(${o})(?::(\\d+))?`)),d=a(`${o}:\\d+`),f=a(`${r}:elasticloadbalancing:${s}:${i}:targetgroup/[A-Za-z0-9-]+/[0-9a-f]+`),m=a(`${r}:iam::${i}:role/[\\w+=,.@/-]{1,512}`),$=a(`${r}:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/.+`),g=/^ecs-svc\/\d+$/,y=/^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,w={min:2,max:205},C=360
function v(t){return u.test(t)}function E(t){return u.test(t)||l.test(t)}function S(t){return u.test(t)||h.test(t)}function x(t){const e=p.exec(t)
if(e)return{region:e[1],family:e[2],revision:void 0===e[3]?void 0:Number(e[3])}}function A(t){return d.test(t)||void 0!==x(t)?.revision}function P(t){return f.test(t)}function b(t){return m.test(t)}function T(t){return $.test(t)}function _(t){return g.test(t)}function W(t){return t.length>=w.min&&t.length<=w.max&&y.test(t)}},7087:(t,e,n)=>{n.d(e,{Pr:()=>i,RE:()=>C,Wm:()=>y,fK:()=>u,jL:()=>l,jj:()=>g,n4:()=>c,t1:()=>a,wP:()=>w})
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
if(n&&!function(t,e){const n=t.hostname.toLowerCase().replace(/^\[(.*)\]$/,"$1").replace(/\.$/,""),o=t.port||p[t.protocol]||"",r=f(n)
for(const t of e){if("*"===t)return!0
const e=d(t)
if(void 0!==e.port&&e.port!==o)continue
if(e.host.includes("/")){if(r&&m(r,e.host))return!0
continue}const s=f(e.host)
if(r||s){if(r&&s&&r.address===s.address)return!0
continue}const i=e.host.replace(/^\*\./,".").replace(/\.$/,"")
if(i.startsWith(".")?n.endsWith(i):n===i||n.endsWith(`.${i}`))return!0}return!1}(t,e.noProxy))return n}const p={"http:":"80","https:":"443"}
function d(t){const e=/^\[([^\]]+)\](?::(\d+))?$/.exec(t)
if(e)return{host:e[1],port:e[2]}
if(1===t.split(":").length-1){const[e,n]=t.split(":")
return{host:e,port:n}}return{host:t}}function f(t){const e=(0,o.isIP)(t)
return 4===e?{address:t,family:"ipv4"}:6===e?{address:new URL(`http://[${t}]`).hostname.slice(1,-1),family:"ipv6"}:void 0}function m(t,e){const[n,r]=e.split("/"),s=f(n),i=Number(r)
if(!s||s.family!==t.family||!/^\d+$/.test(r))return!1
if(i>("ipv4"===s.family?32:128))return!1
const a=new o.BlockList
return a.addSubnet(s.address,i,s.family),a.check(t.address,t.family)}function $(t){const e=t.url.username||t.url.password?", with credentials":""
return`${t.url.protocol}//${t.url.host} (${t.source}${e})`}function g(t){const e=[t.https&&`https:// endpoints through ${$(t.https)}`,t.http&&`http:// endpoints through ${$(t.http)}`].filter(Boolean),n=t.noProxy.length?`; hosts in ${t.noProxySource} go direct`:""
return`AWS API requests to ${e.join(", to ")}${n}`}function y(t){const e=new Set
for(const n of[t.https,t.http]){const t=n?.url.password
if(t){e.add(t)
try{e.add(decodeURIComponent(t))}catch{}}}return[...e]}function w(t){const e=t.href
return{HTTPS_PROXY:e,https_proxy:e,HTTP_PROXY:e,http_proxy:e}}class C{settings
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

