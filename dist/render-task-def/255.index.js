export const id=255
export const ids=[255]
export const modules={490:(e,t,r)=>{const{HttpRequest:n,parseUrl:s}=r(284),{NoOpLogger:i}=r(8468),{InvokeStore:o}=r(5222),{normalizeProvider:a}=r(7996),{RETRY_MODES:c}=r(8367),{platform:u,release:l}=r(8161),{versions:d,env:h}=r(1708),{isValidHostLabel:f,isIpAddress:p,customEndpointFunctions:g}=r(7003),{EndpointError:m,resolveEndpoint:y}=r(7003)
t.EndpointError=m,t.isIpAddress=p,t.resolveEndpoint=y
const{loadConfig:w,NODE_REGION_CONFIG_OPTIONS:S,NODE_REGION_CONFIG_FILE_OPTIONS:b}=r(3433),{REGION_ENV_NAME:E,REGION_INI_NAME:v,resolveRegionConfig:C}=r(3433)
t.NODE_REGION_CONFIG_FILE_OPTIONS=b,t.NODE_REGION_CONFIG_OPTIONS=S,t.REGION_ENV_NAME=E,t.REGION_INI_NAME=v,t.resolveRegionConfig=C
const A={warningEmitted:!1},T={name:"longPollMiddleware",tags:["RETRY"],step:"initialize",override:!0}
function x(e,t,r){e.__aws_sdk_context?e.__aws_sdk_context.features||(e.__aws_sdk_context.features={}):e.__aws_sdk_context={features:{}},e.__aws_sdk_context.features[t]=r}const I=e=>t=>async r=>{if(!n.isInstance(r.request))return t(r)
const{request:s}=r,{handlerProtocol:i=""}=e.requestHandler.metadata||{}
if(i.indexOf("h2")>=0&&!s.headers[":authority"])delete s.headers.host,s.headers[":authority"]=s.hostname+(s.port?":"+s.port:"")
else if(!s.headers.host){let e=s.hostname
null!=s.port&&(e+=`:${s.port}`),s.headers.host=e}return t(r)},_={name:"hostHeaderMiddleware",step:"build",priority:"low",tags:["HOST"],override:!0},R=()=>(e,t)=>async r=>{try{const n=await e(r),{logger:s}=t
if(s&&!(s instanceof i)){const{clientName:e,commandName:i,dynamoDbDocumentClientOptions:o={}}=t,{overrideInputFilterSensitiveLog:a,overrideOutputFilterSensitiveLog:c}=o,u=a??t.inputFilterSensitiveLog,l=c??t.outputFilterSensitiveLog,{$metadata:d,...h}=n.output
s.info?.({clientName:e,commandName:i,input:u(r.input),output:l(h),metadata:d})}return n}catch(e){const{clientName:n,commandName:s,logger:i,dynamoDbDocumentClientOptions:o={}}=t,{overrideInputFilterSensitiveLog:a}=o,c=a??t.inputFilterSensitiveLog
throw i?.error?.({clientName:n,commandName:s,input:c(r.input),error:e,metadata:e.$metadata}),e}},k={name:"loggerMiddleware",tags:["LOGGER"],step:"initialize",override:!0},O={step:"build",tags:["RECURSION_DETECTION","TRACE_CONTEXT_PROPAGATION"],name:"recursionDetectionMiddleware",override:!0,priority:"low"},P="X-Amzn-Trace-Id",N="traceparent",D="tracestate",M="baggage",$=()=>e=>async t=>{const{request:r}=t
if(!n.isInstance(r))return e(t)
let s
{const e=Object.keys(r.headers??{}).find(e=>e.toLowerCase()===P.toLowerCase())??P
if(!r.headers.hasOwnProperty(e)){const e=process.env.AWS_LAMBDA_FUNCTION_NAME,t=process.env._X_AMZN_TRACE_ID
s??=await o.getInstanceAsync()
const n=s?.getXRayTraceId(),i=n??t,a=e=>"string"==typeof e&&e.length>0
a(e)&&a(i)&&(r.headers[P]=i)}}!function(e){for(const t of Object.keys(e)){const r=t.toLowerCase()
t===r||r!==N&&r!==D&&r!==M||(e[r]=e[t],delete e[t])}}(r.headers)
if(!r.headers[N]){const e=(s??=await o.getInstanceAsync())?.getTraceparent?.()
if(e){r.headers[N]=e
const t=s?.getTracestate?.()
t&&(r.headers[D]=t)
const n=s?.getBaggage?.()
n&&(r.headers[M]=n)}}return e(t)}
const U=void 0
const F={partitions:[{id:"aws",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-east-1",name:"aws",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",regions:{"af-south-1":{description:"Africa (Cape Town)"},"ap-east-1":{description:"Asia Pacific (Hong Kong)"},"ap-east-2":{description:"Asia Pacific (Taipei)"},"ap-northeast-1":{description:"Asia Pacific (Tokyo)"},"ap-northeast-2":{description:"Asia Pacific (Seoul)"},"ap-northeast-3":{description:"Asia Pacific (Osaka)"},"ap-south-1":{description:"Asia Pacific (Mumbai)"},"ap-south-2":{description:"Asia Pacific (Hyderabad)"},"ap-southeast-1":{description:"Asia Pacific (Singapore)"},"ap-southeast-2":{description:"Asia Pacific (Sydney)"},"ap-southeast-3":{description:"Asia Pacific (Jakarta)"},"ap-southeast-4":{description:"Asia Pacific (Melbourne)"},"ap-southeast-5":{description:"Asia Pacific (Malaysia)"},"ap-southeast-6":{description:"Asia Pacific (New Zealand)"},"ap-southeast-7":{description:"Asia Pacific (Thailand)"},"aws-global":{description:"aws global region"},"ca-central-1":{description:"Canada (Central)"},"ca-west-1":{description:"Canada West (Calgary)"},"eu-central-1":{description:"Europe (Frankfurt)"},"eu-central-2":{description:"Europe (Zurich)"},"eu-north-1":{description:"Europe (Stockholm)"},"eu-south-1":{description:"Europe (Milan)"},"eu-south-2":{description:"Europe (Spain)"},"eu-west-1":{description:"Europe (Ireland)"},"eu-west-2":{description:"Europe (London)"},"eu-west-3":{description:"Europe (Paris)"},"il-central-1":{description:"Israel (Tel Aviv)"},"me-central-1":{description:"Middle East (UAE)"},"me-south-1":{description:"Middle East (Bahrain)"},"me-west-1":{description:"Middle East (Saudi Arabia)"},"mx-central-1":{description:"Mexico (Central)"},"sa-east-1":{description:"South America (Sao Paulo)"},"sa-west-1":{description:"South America (Chile)"},"us-east-1":{description:"US East (N. Virginia)"},"us-east-2":{description:"US East (Ohio)"},"us-west-1":{description:"US West (N. California)"},"us-west-2":{description:"US West (Oregon)"}}},{id:"aws-cn",outputs:{dnsSuffix:"amazonaws.com.cn",dualStackDnsSuffix:"api.amazonwebservices.com.cn",implicitGlobalRegion:"cn-northwest-1",name:"aws-cn",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^cn\\-\\w+\\-\\d+$",regions:{"aws-cn-global":{description:"aws-cn global region"},"cn-north-1":{description:"China (Beijing)"},"cn-northwest-1":{description:"China (Ningxia)"}}},{id:"aws-eusc",outputs:{dnsSuffix:"amazonaws.eu",dualStackDnsSuffix:"api.amazonwebservices.eu",implicitGlobalRegion:"eusc-de-east-1",name:"aws-eusc",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^eusc\\-(de)\\-\\w+\\-\\d+$",regions:{"eusc-de-east-1":{description:"AWS European Sovereign Cloud (Germany)"}}},{id:"aws-iso",outputs:{dnsSuffix:"c2s.ic.gov",dualStackDnsSuffix:"api.aws.ic.gov",implicitGlobalRegion:"us-iso-east-1",name:"aws-iso",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-iso\\-\\w+\\-\\d+$",regions:{"aws-iso-global":{description:"aws-iso global region"},"us-iso-east-1":{description:"US ISO East"},"us-iso-west-1":{description:"US ISO WEST"}}},{id:"aws-iso-b",outputs:{dnsSuffix:"sc2s.sgov.gov",dualStackDnsSuffix:"api.aws.scloud",implicitGlobalRegion:"us-isob-east-1",name:"aws-iso-b",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-isob\\-\\w+\\-\\d+$",regions:{"aws-iso-b-global":{description:"aws-iso-b global region"},"us-isob-east-1":{description:"US ISOB East (Ohio)"},"us-isob-west-1":{description:"US ISOB West"}}},{id:"aws-iso-e",outputs:{dnsSuffix:"cloud.adc-e.uk",dualStackDnsSuffix:"api.cloud-aws.adc-e.uk",implicitGlobalRegion:"eu-isoe-west-1",name:"aws-iso-e",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^eu\\-isoe\\-\\w+\\-\\d+$",regions:{"aws-iso-e-global":{description:"aws-iso-e global region"},"eu-isoe-west-1":{description:"EU ISOE West"}}},{id:"aws-iso-f",outputs:{dnsSuffix:"csp.hci.ic.gov",dualStackDnsSuffix:"api.aws.hci.ic.gov",implicitGlobalRegion:"us-isof-south-1",name:"aws-iso-f",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-isof\\-\\w+\\-\\d+$",regions:{"aws-iso-f-global":{description:"aws-iso-f global region"},"us-isof-east-1":{description:"US ISOF EAST"},"us-isof-south-1":{description:"US ISOF SOUTH"}}},{id:"aws-us-gov",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-gov-west-1",name:"aws-us-gov",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-gov\\-\\w+\\-\\d+$",regions:{"aws-us-gov-global":{description:"aws-us-gov global region"},"us-gov-east-1":{description:"AWS GovCloud (US-East)"},"us-gov-west-1":{description:"AWS GovCloud (US-West)"}}}],version:"1.1"}
let L=F,B=""
const z=e=>{const{partitions:t}=L
for(const r of t){const{regions:t,outputs:n}=r
for(const[r,s]of Object.entries(t))if(r===e)return{...n,...s}}for(const r of t){const{regionRegex:t,outputs:n}=r
if(new RegExp(t).test(e))return{...n}}const r=t.find(e=>"aws"===e.id)
if(!r)throw new Error("Provided region was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.")
return{...r.outputs}},H=(e,t="")=>{L=e,B=t},j=()=>B,V=/\d{12}\.ddb/
const q="user-agent",W="x-amz-user-agent",G=/[^!$%&'*+\-.^_`|~\w]/g,K=/[^!$%&'*+\-.^_`|~\w#]/g
const J=e=>(t,r)=>async s=>{const{request:i}=s
if(!n.isInstance(i))return t(s)
const{headers:o}=i,a=r?.userAgent?.map(Q)||[],u=(await e.defaultUserAgentProvider()).map(Q)
await async function(e,t,r){const n=r.request
if("rpc-v2-cbor"===n?.headers?.["smithy-protocol"]&&x(e,"PROTOCOL_RPC_V2_CBOR","M"),"function"==typeof t.retryStrategy){const r=await t.retryStrategy()
if("string"==typeof r.mode)switch(r.mode){case c.ADAPTIVE:x(e,"RETRY_MODE_ADAPTIVE","F")
break
case c.STANDARD:x(e,"RETRY_MODE_STANDARD","E")}}if("function"==typeof t.accountIdEndpointMode){const r=e.endpointV2
switch(String(r?.url?.hostname).match(V)&&x(e,"ACCOUNT_ID_ENDPOINT","O"),await(t.accountIdEndpointMode?.())){case"disabled":x(e,"ACCOUNT_ID_MODE_DISABLED","Q")
break
case"preferred":x(e,"ACCOUNT_ID_MODE_PREFERRED","P")
break
case"required":x(e,"ACCOUNT_ID_MODE_REQUIRED","R")}}const s=e.__smithy_context?.selectedHttpAuthScheme?.identity
if(s?.$source){const t=s
t.accountId&&x(e,"RESOLVED_ACCOUNT_ID","T")
for(const[r,n]of Object.entries(t.$source??{}))x(e,r,n)}}(r,e,s)
const l=r
u.push(`m/${function(e){let t=""
for(const r in e){const n=e[r]
if(!(t.length+n.length+1<=1024))break
t.length?t+=","+n:t+=n}return t}(Object.assign({},r.__smithy_context?.features,l.__aws_sdk_context?.features))}`)
const d=e?.customUserAgent?.map(Q)||[],h=await e.userAgentAppId()
h&&u.push(Q(["app",`${h}`]))
const f=j(),p=(f?[f]:[]).concat([...u,...a,...d]).join(" "),g=[...u.filter(e=>e.startsWith("aws-sdk-")),...d].join(" ")
return"browser"!==e.runtime?(g&&(o[W]=o[W]?`${o[q]} ${g}`:g),o[q]=p):o[W]=p,t({...s,request:i})},Q=e=>{const t=e[0].split("/").map(e=>e.replace(G,"-")).join("/"),r=e[1]?.replace(K,"-"),n=t.indexOf("/"),s=t.substring(0,n)
let i=t.substring(n+1)
return"api"===s&&(i=i.toLowerCase()),[s,i,r].filter(e=>e&&e.length>0).reduce((e,t,r)=>{switch(r){case 0:return t
case 1:return`${e}/${t}`
default:return`${e}#${t}`}},"")},Y={name:"getUserAgentMiddleware",step:"build",priority:"low",tags:["SET_USER_AGENT","USER_AGENT"],override:!0},X={isCrtAvailable:!1},Z=({serviceId:e,clientVersion:t})=>{const r=(()=>{const e=["deno","bun","llrt"]
for(const t of e)if(d[t])return[`md/${t}`,d[t]]
return["md/nodejs",d.node]})()
return async n=>{const s=[["aws-sdk-js",t],["ua","2.1"],[`os/${u()}`,l()],["lang/js"],r],i=X.isCrtAvailable?["md/crt-avail"]:null
i&&s.push(i),e&&s.push([`api/${e}`,t]),h.AWS_EXECUTION_ENV&&s.push([`exec-env/${h.AWS_EXECUTION_ENV}`])
const o=await(n?.userAgentAppId?.())
return o?[...s,[`app/${o}`]]:[...s]}},ee=Z,te="AWS_SDK_UA_APP_ID",re="sdk_ua_app_id",ne={environmentVariableSelector:e=>e[te],configFileSelector:e=>e[re]??e["sdk-ua-app-id"],default:U},se={os:e=>/iPhone|iPad|iPod/.test(e)?"iOS":/Macintosh|Mac OS X/.test(e)?"macOS":/Windows NT/.test(e)?"Windows":/Android/.test(e)?"Android":/Linux/.test(e)?"Linux":void 0,browser:e=>/EdgiOS|EdgA|Edg\//.test(e)?"Microsoft Edge":/Firefox\//.test(e)?"Firefox":/Chrome\//.test(e)?"Chrome":/Safari\//.test(e)?"Safari":void 0},ie=(e,t=!1)=>{if(t){for(const t of e.split("."))if(!ie(t))return!1
return!0}return!!f(e)&&(!(e.length<3||e.length>63)&&(e===e.toLowerCase()&&!p(e)))},oe=e=>{const t=e.split(":")
if(t.length<6)return null
const[r,n,s,i,o,...a]=t
if("arn"!==r||""===n||""===s||""===a.join(":"))return null
return{partition:n,service:s,region:i,accountId:o,resourceId:a.map(e=>e.split("/")).flat()}},ae={isVirtualHostableS3Bucket:ie,parseArn:oe,partition:z}
g.aws=ae
const ce=e=>s(e.url)
const ue={silence:!1}
t.DEFAULT_UA_APP_ID=U,t.NODE_APP_ID_CONFIG_OPTIONS=ne,t.UA_APP_ID_ENV_NAME=te,t.UA_APP_ID_INI_NAME=re,t.awsEndpointFunctions=ae,t.createDefaultUserAgentProvider=Z,t.createUserAgentStringParsingProvider=({serviceId:e,clientVersion:t})=>async n=>{const s=r(6571),i=s.parse??s.default.parse??(()=>""),o="undefined"!=typeof window&&window?.navigator?.userAgent?i(window.navigator.userAgent):void 0,a=[["aws-sdk-js",t],["ua","2.1"],[`os/${o?.os?.name||"other"}`,o?.os?.version],["lang/js"],["md/browser",`${o?.browser?.name??"unknown"}_${o?.browser?.version??"unknown"}`]]
e&&a.push([`api/${e}`,t])
const c=await(n?.userAgentAppId?.())
return c&&a.push([`app/${c}`]),a},t.crtAvailability=X,t.defaultUserAgent=ee,t.emitWarningIfUnsupportedVersion=e=>{if(e&&!A.warningEmitted){if("true"===process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED)return void(A.warningEmitted=!0)
const t=22
parseInt(e.substring(1,e.indexOf(".")))<t&&(A.warningEmitted=!0,process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScript (v3)\nversions published after the first week of January 2027\nwill require node >=${t}. You are running node ${e}.\n\nTo continue receiving updates to AWS services, bug fixes,\nand security updates please upgrade to node >=${t}.\n\nMore information can be found at: https://a.co/c895JFp`))}},t.fallback=se,t.getAwsRegionExtensionConfiguration=e=>({setRegion(t){e.region=t},region:()=>e.region}),t.getDefaultSocketTimeout=(e,t)=>{if("object"==typeof process&&"true"===process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026&&"function"!=typeof e?.handle)return t},t.getHostHeaderPlugin=e=>({applyToStack:t=>{t.add(I(e),_)}}),t.getLoggerPlugin=e=>({applyToStack:e=>{e.add(R(),k)}}),t.getLongPollPlugin=e=>({applyToStack:e=>{e.add((e,t)=>async r=>(t.__retryLongPoll=!0,e(r)),T)}}),t.getRecursionDetectionPlugin=e=>({applyToStack:e=>{e.add($(),O)}}),t.getUserAgentMiddlewareOptions=Y,t.getUserAgentPlugin=e=>({applyToStack:t=>{t.add(J(e),Y)}}),t.getUserAgentPrefix=j,t.hostHeaderMiddleware=I,t.hostHeaderMiddlewareOptions=_,t.isVirtualHostableS3Bucket=ie,t.loggerMiddleware=R,t.loggerMiddlewareOptions=k,t.parseArn=oe,t.partition=z,t.recursionDetectionMiddleware=$,t.recursionDetectionMiddlewareOptions=O,t.resolveAwsRegionExtensionConfiguration=e=>({region:e.region()}),t.resolveDefaultAwsRegionalEndpointsConfig=e=>{if("function"!=typeof e.endpointProvider)throw new Error("@aws-sdk/util-endpoint - endpointProvider and endpoint missing in config for this client.")
const{endpoint:t}=e
return void 0===t&&(e.endpoint=async()=>ce(e.endpointProvider({Region:"function"==typeof e.region?await e.region():e.region,UseDualStack:"function"==typeof e.useDualstackEndpoint?await e.useDualstackEndpoint():e.useDualstackEndpoint,UseFIPS:"function"==typeof e.useFipsEndpoint?await e.useFipsEndpoint():e.useFipsEndpoint,Endpoint:void 0},{logger:e.logger}))),e},t.resolveHostHeaderConfig=function(e){return e},t.resolveUserAgentConfig=function(e){const t=a(e.userAgentAppId??U),{customUserAgent:r}=e
return Object.assign(e,{customUserAgent:"string"==typeof r?[[r]]:r,userAgentAppId:async()=>{const r=await t()
if(!function(e){return void 0===e||"string"==typeof e&&e.length<=50}(r)){const t="NoOpLogger"!==e.logger?.constructor?.name&&e.logger?e.logger:console
"string"!=typeof r?t?.warn("userAgentAppId must be a string or undefined."):r.length>50&&t?.warn("The provided userAgentAppId exceeds the maximum length of 50 characters.")}return r}})},t.setCredentialFeature=function(e,t,r){return e.$source||(e.$source={}),e.$source[t]=r,e},t.setFeature=x,t.setPartitionInfo=H,t.setTokenFeature=function(e,t,r){return e.$source||(e.$source={}),e.$source[t]=r,e},t.state=A,t.stsRegionDefaultResolver=function(e={}){return w({...S,default:async()=>(ue.silence||console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credential-providers README and set a region explicitly."),"us-east-1")},{...b,...e})},t.stsRegionWarning=ue,t.toEndpointV1=ce,t.useDefaultPartitionInfo=()=>{H(F,"")},t.userAgentMiddleware=J},1877:(e,t,r)=>{const{ProviderError:n,booleanSelector:s,SelectorType:i,loadConfig:o}=r(3433),{setCredentialFeature:a}=r(490),{normalizeProvider:c,memoizeIdentityProvider:u,isIdentityExpired:l,doesIdentityRequireRefresh:d}=r(7996),{SignatureV4:h}=r(2496),{HttpResponse:f,HttpRequest:p}=r(284),{SMITHY_CONTEXT_KEY:g}=r(5192),m=e=>f.isInstance(e)?e.headers?.date??e.headers?.Date:void 0,y=e=>f.isInstance(e)?e.headers?.age??e.headers?.Age:void 0,w=e=>new Date(Date.now()+e),S=(e,t,r,n)=>{if(void 0!==n)return t
const s=Date.parse(e)
if(Number.isNaN(s))return t
const i=Date.now()
return void 0!==r&&i-r>9e5?t:s-i},b=(e,t)=>{if(!t)throw new Error(`Property \`${e}\` is not resolved for AWS SDK SigV4Auth`)
return t},E=async e=>{const t=b("context",e.context),r=b("config",e.config),n=t.endpointV2?.properties?.authSchemes?.[0],s=b("signer",r.signer),i=await s(n),o=e?.signingRegion,a=e?.signingRegionSet,c=e?.signingName
return{config:r,signer:i,signingRegion:o,signingRegionSet:a,signingName:c}}
class v{async sign(e,t,r){if(!p.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed")
const n=await E(r),{config:s,signer:i}=n
let{signingRegion:o,signingName:a}=n
const c=r.context
if(c?.authSchemes?.length){const[e,t]=c.authSchemes
"sigv4a"===e?.name&&"sigv4"===t?.name&&(o=t?.signingRegion??o,a=t?.signingName??a)}const u=!0===await(s.disableClockSkewCorrection?.())
r._disableClockSkewCorrection=u
const l=u||(e=>{const t=e.context,r=t?.[g]?.eventStream
return!0===r?.output})(r)
r._skipClockSkewSampling=l,l||(r._preRequestSystemClockOffset=s.systemClockOffset,r._requestSentAt=Date.now())
return await i.sign(e,{signingDate:u?new Date:w(s.systemClockOffset),signingRegion:o,signingService:a})}errorHandler(e){return t=>{const r=t
if(!e._skipClockSkewSampling&&!e._disableClockSkewCorrection){const t=r.ServerTime??m(r.$response)
if(t){const n=b("config",e.config),s=e._preRequestSystemClockOffset,i=e._requestSentAt,o=y(r.$response),a=S(t,n.systemClockOffset,i,o)
n.systemClockOffset=a
Math.abs(a)>=24e4&&(a!==s||void 0!==s&&s!==a)&&r.$metadata&&(r.$metadata.clockSkewCorrected=!0)}}throw t}}successHandler(e,t){if(t._skipClockSkewSampling||t._disableClockSkewCorrection)return
const r=m(e)
if(r){const n=b("config",t.config),s=t._requestSentAt,i=y(e)
n.systemClockOffset=S(r,n.systemClockOffset,s,i)}}}const C=v
const A=e=>"string"==typeof e&&e.length>0?e.split(",").map(e=>e.trim()):[],T=e=>`AWS_BEARER_TOKEN_${e.replace(/[\s-]/g,"_").toUpperCase()}`,x="AWS_AUTH_SCHEME_PREFERENCE",I="auth_scheme_preference",_={environmentVariableSelector:(e,t)=>{if(t?.signingName){if(T(t.signingName)in e)return["httpBearerAuth"]}if(x in e)return A(e[x])},configFileSelector:e=>{if(I in e)return A(e[I])},default:[]},R={environmentVariableSelector(e){if(e.AWS_SIGV4A_SIGNING_REGION_SET)return e.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(e=>e.trim())
throw new n("AWS_SIGV4A_SIGNING_REGION_SET not set in env.",{tryNextLink:!0})},configFileSelector(e){if(e.sigv4a_signing_region_set)return(e.sigv4a_signing_region_set??"").split(",").map(e=>e.trim())
throw new n("sigv4a_signing_region_set not set in profile.",{tryNextLink:!0})},default:void 0}
const k=o({environmentVariableSelector:e=>s(e,"AWS_DISABLE_CLOCK_SKEW_CORRECTION",i.ENV),configFileSelector:e=>s(e,"disable_clock_skew_correction",i.CONFIG),default:!1}),O=(P=k,e=>{let t,r=e.credentials,n=!!e.credentials
Object.defineProperty(e,"credentials",{set(s){s&&s!==r&&s!==t&&(n=!0),r=s
const i=function(e,{credentials:t,credentialDefaultProvider:r}){let n
return n=t?t?.memoized?t:u(t,l,d):r?c(r(Object.assign({},e,{parentClientConfig:e}))):async()=>{throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.")},n.memoized=!0,n}(e,{credentials:r,credentialDefaultProvider:e.credentialDefaultProvider}),o=function(e,t){if(t.configBound)return t
const r=async r=>t({...r,callerClientConfig:e})
return r.memoized=t.memoized,r.configBound=!0,r}(e,i)
if(n&&!o.attributed){const e="object"==typeof r&&null!==r
t=async t=>{const r=await o(t)
return!e||r.$source&&0!==Object.keys(r.$source).length?r:a(r,"CREDENTIALS_CODE","e")},t.memoized=o.memoized,t.configBound=o.configBound,t.attributed=!0}else t=o},get:()=>t,enumerable:!0,configurable:!0}),e.credentials=r
const{signingEscapePath:s=!0,systemClockOffset:i=e.systemClockOffset||0,sha256:o}=e
let f
return f=e.signer?c(e.signer):e.regionInfoProvider?()=>c(e.region)().then(async t=>[await e.regionInfoProvider(t,{useFipsEndpoint:await e.useFipsEndpoint(),useDualstackEndpoint:await e.useDualstackEndpoint()})||{},t]).then(([t,r])=>{const{signingRegion:n,signingService:i}=t
e.signingRegion=e.signingRegion||n||r,e.signingName=e.signingName||i||e.serviceId
const a={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:o,uriEscapePath:s}
return new(e.signerConstructor||h)(a)}):async t=>{const r=(t=Object.assign({},{name:"sigv4",signingName:e.signingName||e.defaultSigningName,signingRegion:await c(e.region)(),properties:{}},t)).signingRegion,n=t.signingName
e.signingRegion=e.signingRegion||r,e.signingName=e.signingName||n||e.serviceId
const i={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:o,uriEscapePath:s}
return new(e.signerConstructor||h)(i)},Object.assign(e,{systemClockOffset:i,signingEscapePath:s,signer:f,disableClockSkewCorrection:c(e.disableClockSkewCorrection??P)})})
var P
const N=O
t.AWSSDKSigV4Signer=C,t.AwsSdkSigV4ASigner=class extends v{async sign(e,t,r){if(!p.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed")
const{config:n,signer:s,signingRegion:i,signingRegionSet:o,signingName:a}=await E(r),c=(await(n.sigv4aSigningRegionSet?.())??o??[i]).join(","),u=!0===await(n.disableClockSkewCorrection?.())
r._disableClockSkewCorrection=u,u||(r._preRequestSystemClockOffset=n.systemClockOffset,r._requestSentAt=Date.now())
return await s.sign(e,{signingDate:u?new Date:w(n.systemClockOffset),signingRegion:c,signingService:a})}},t.AwsSdkSigV4Signer=v,t.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS=_,t.NODE_SIGV4A_CONFIG_OPTIONS=R,t.getBearerTokenEnvKey=T,t.resolveAWSSDKSigV4Config=N,t.resolveAwsSdkSigV4AConfig=e=>(e.sigv4aSigningRegionSet=c(e.sigv4aSigningRegionSet),e),t.resolveAwsSdkSigV4Config=O,t.validateSigningProperties=E},8150:(e,t,r)=>{const{SmithyRpcV2CborProtocol:n,loadSmithyRpcV2CborErrorCode:s}=r(2207),{TypeRegistry:i,NormalizedSchema:o,deref:a}=r(2692),{decorateServiceException:c,getValueFromTextNode:u}=r(8468),{RpcProtocol:l,JsonCodec2:d,loadJsonRpcErrorCode:h,HttpBindingProtocol:f,HttpInterceptingShapeSerializer:p,HttpInterceptingShapeDeserializer:g,loadRestJsonErrorCode:m,SmithyRpcV2JsonProtocol:y,loadSmithyRpcV2JsonErrorCode:w,FromStringShapeDeserializer:S,determineTimestampFormat:b,extendedEncodeURIComponent:E,collectBody:v}=r(284),{JsonCodec:C,JsonShapeDeserializer:A,JsonShapeDeserializer2:T,JsonShapeSerializer:x,JsonShapeSerializer2:I,parseJsonBody:_,parseJsonErrorBody:R}=r(284)
t.JsonCodec=C,t.JsonCodec2=d,t.JsonShapeDeserializer=A,t.JsonShapeDeserializer2=T,t.JsonShapeSerializer=x,t.JsonShapeSerializer2=I,t.loadJsonRpcErrorCode=h,t.loadRestJsonErrorCode=m,t.parseJsonBody=_,t.parseJsonErrorBody=R
const{parseXML:k,XmlNode:O,XmlText:P}=r(3756),{toUtf8:N,toBase64:D,generateIdempotencyToken:M,NumericValue:$,dateToUtcString:U,fromBase64:F,expectUnion:L}=r(1892)
class B{queryCompat
errorRegistry
constructor(e=!1){this.queryCompat=e}resolveRestContentType(e,t){const r=t.getMemberSchemas(),n=Object.values(r).find(e=>!!e.getMergedTraits().httpPayload)
if(n){const t=n.getMergedTraits().mediaType
return t||(n.isStringSchema()?"text/plain":n.isBlobSchema()?"application/octet-stream":e)}if(!t.isUnitSchema()){if(Object.values(r).find(e=>{const{httpQuery:t,httpQueryParams:r,httpHeader:n,httpLabel:s,httpPrefixHeaders:i}=e.getMergedTraits()
return!t&&!r&&!n&&!s&&void 0===i}))return e}}async getErrorSchemaOrThrowBaseException(e,t,r,n,s,i){let o=e
e.includes("#")&&([,o]=e.split("#"))
const a={$metadata:s,$fault:r.statusCode<500?"client":"server"}
if(!this.errorRegistry)throw new Error("@aws-sdk/core/protocols - error handler not initialized.")
try{return{errorSchema:i?.(this.errorRegistry,o)??this.errorRegistry.getSchema(e),errorMetadata:a}}catch(e){n.message=n.message??n.Message??"UnknownError"
const t=this.errorRegistry,r=t.getBaseException()
if(r){const e=t.getErrorCtor(r)??Error
throw this.decorateServiceException(Object.assign(new e({name:o}),a),n)}const s=n,i=s?.message??s?.Message??s?.Error?.Message??s?.Error?.message
throw this.decorateServiceException(Object.assign(new Error(i),{name:o},a),n)}}compose(e,t,r){let n=r
t.includes("#")&&([n]=t.split("#"))
const s=i.for(n),o=i.for("smithy.ts.sdk.synthetic."+r)
e.copyFrom(s),e.copyFrom(o),this.errorRegistry=e}decorateServiceException(e,t={}){if(this.queryCompat){const r=e.Message??t.Message,n=c(e,t)
r&&(n.message=r)
const s=n.Error??{}
s.Type=n.Error?.Type,s.Code=n.Error?.Code,s.Message=n.Error?.message??n.Error?.Message??r,n.Error=s
const i=n.$metadata.requestId
return i&&(n.RequestId=i),n}return c(e,t)}setQueryCompatError(e,t){const r=t.headers?.["x-amzn-query-error"]
if(void 0!==e&&null!=r){const[t,n]=r.split(";"),s=Object.keys(e),i={Code:t,Type:n}
e.Code=t,e.Type=n
for(let t=0;t<s.length;t++){const r=s[t]
i["message"===r?"Message":r]=e[r]}delete i.__type,e.Error=i}}queryCompatOutput(e,t){e.Error&&(t.Error=e.Error),e.Type&&(t.Type=e.Type),e.Code&&(t.Code=e.Code)}findQueryCompatibleError(e,t){try{return e.getSchema(t)}catch(r){return e.find(e=>o.of(e).getMergedTraits().awsQueryError?.[0]===t)}}}class z extends l{serializer
deserializer
serviceTarget
codec
mixin
awsQueryCompatible
constructor({defaultNamespace:e,errorTypeRegistries:t,serviceTarget:r,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,errorTypeRegistries:t}),this.serviceTarget=r,this.codec=s??new d({timestampFormat:{useTrait:!0,default:7},jsonName:!1}),this.serializer=this.codec.createSerializer(),this.deserializer=this.codec.createDeserializer(),this.awsQueryCompatible=!!n,this.mixin=new B(this.awsQueryCompatible)}async serializeRequest(e,t,r){const n=await super.serializeRequest(e,t,r)
return n.path.endsWith("/")||(n.path+="/"),n.headers["content-type"]=`application/x-amz-json-${this.getJsonRpcVersion()}`,n.headers["x-amz-target"]=`${this.serviceTarget}.${e.name}`,this.awsQueryCompatible&&(n.headers["x-amzn-query-mode"]="true"),"unit"!==a(e.input)&&n.body||(n.body="{}"),n}getPayloadCodec(){return this.codec}async handleError(e,t,r,n,s){const{awsQueryCompatible:i}=this
i&&this.mixin.setQueryCompatError(n,r)
const a=h(r,n,i)??"Unknown"
this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace)
const{errorSchema:c,errorMetadata:u}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,r,n,s,i?this.mixin.findQueryCompatibleError:void 0),l=o.of(c),d=n.message??n.Message??"UnknownError",f=new(this.compositeErrorRegistry.getErrorCtor(c)??Error)({}),p={},g=this.codec.createDeserializer()
for(const[e,t]of l.structIterator())null!=n[e]&&(p[e]=g.readObject(t,n[e]))
throw i&&this.mixin.queryCompatOutput(n,p),this.mixin.decorateServiceException(Object.assign(f,u,{$fault:l.getMergedTraits().error,message:d},p),n)}}class H{serdeContext
setSerdeContext(e){this.serdeContext=e}}class j{from
to
keys
constructor(e,t){this.from=e,this.to=t
const r=Object.keys(this.from),n=new Set(r)
n.delete("__type"),this.keys=n}mark(e){this.keys.delete(e)}hasUnknown(){return 1===this.keys.size&&0===Object.keys(this.to).length}writeUnknown(){if(this.hasUnknown()){const e=this.keys.values().next().value,t=this.from[e]
this.to.$unknown=[e,t]}}}function V(e){Object.defineProperty(e,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}class q extends H{settings
stringDeserializer
constructor(e){super(),this.settings=e,this.stringDeserializer=new S(e)}setSerdeContext(e){this.serdeContext=e,this.stringDeserializer.setSerdeContext(e)}read(e,t,r){const n=o.of(e),s=n.getMemberSchemas()
if(n.isStructSchema()&&n.isMemberSchema()&&!!Object.values(s).find(e=>!!e.getMemberTraits().eventPayload)){const e={},r=Object.keys(s)[0]
return s[r].isBlobSchema()?e[r]=t:e[r]=this.read(s[r],t),e}const i=(this.serdeContext?.utf8Encoder??N)(t),a=this.parseXml(i)
return this.readSchema(e,r?a[r]:a)}readSchema(e,t){const r=o.of(e)
if(r.isUnitSchema())return
const n=r.getMergedTraits()
if(r.isListSchema()&&!Array.isArray(t))return this.readSchema(r,[t])
if(null==t)return t
if("object"==typeof t){const e=!!n.xmlFlattened
if(r.isListSchema()){const n=r.getValueSchema(),s=[],i=n.getMergedTraits().xmlName??"member",o=e?t:(t[0]??t)[i]
if(null==o)return s
const a=Array.isArray(o)?o:[o]
for(const e of a)s.push(this.readSchema(n,e))
return s}const s={}
if(r.isMapSchema()){const n=r.getKeySchema(),i=r.getValueSchema()
let o
o=e?Array.isArray(t)?t:[t]:Array.isArray(t.entry)?t.entry:[t.entry]
const a=n.getMergedTraits().xmlName??"key",c=i.getMergedTraits().xmlName??"value"
for(const e of o){const t=e[a],r=e[c]
"__proto__"===t&&V(s),s[t]=this.readSchema(i,r)}return s}if(r.isStructSchema()){const e=r.isUnionSchema()
let n
e&&(n=new j(t,s))
for(const[i,o]of r.structIterator()){const r=o.getMergedTraits(),a=r.httpPayload?r.xmlName??o.getName():o.getMemberTraits().xmlName??i
e&&n.mark(a),null!=t[a]&&(s[i]=this.readSchema(o,t[a]))}return e&&n.writeUnknown(),s}if(r.isDocumentSchema())return t
throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${r.getName(!0)}`)}return r.isListSchema()?[]:r.isMapSchema()||r.isStructSchema()?{}:this.stringDeserializer.read(r,t)}parseXml(e){if(e.length){let t
try{t=k(e)}catch(t){throw t&&"object"==typeof t&&Object.defineProperty(t,"$responseBodyText",{value:e}),t}const r="#text",n=Object.keys(t)[0],s=t[n]
return s[r]&&(s[n]=s[r],delete s[r]),u(s)}return{}}}class W extends H{settings
buffer
constructor(e){super(),this.settings=e}write(e,t,r=""){void 0===this.buffer&&(this.buffer="")
const n=o.of(e)
if(r&&!r.endsWith(".")&&(r+="."),n.isBlobSchema())("string"==typeof t||t instanceof Uint8Array)&&(this.writeKey(r),this.writeValue((this.serdeContext?.base64Encoder??D)(t)))
else if(n.isBooleanSchema()||n.isNumericSchema()||n.isStringSchema())null!=t?(this.writeKey(r),this.writeValue(String(t))):n.isIdempotencyToken()&&(this.writeKey(r),this.writeValue(M()))
else if(n.isBigIntegerSchema())null!=t&&(this.writeKey(r),this.writeValue(String(t)))
else if(n.isBigDecimalSchema())null!=t&&(this.writeKey(r),this.writeValue(t instanceof $?t.string:String(t)))
else if(n.isTimestampSchema()){if(t instanceof Date){this.writeKey(r)
switch(b(n,this.settings)){case 5:this.writeValue(t.toISOString().replace(".000Z","Z"))
break
case 6:this.writeValue(U(t))
break
case 7:this.writeValue(String(t.getTime()/1e3))}}}else if(n.isDocumentSchema())Array.isArray(t)?this.write(79,t,r):t instanceof Date?this.write(4,t,r):t instanceof Uint8Array?this.write(21,t,r):t&&"object"==typeof t?this.write(143,t,r):(this.writeKey(r),this.writeValue(String(t)))
else if(n.isListSchema()){if(Array.isArray(t))if(0===t.length)this.settings.serializeEmptyLists&&(this.writeKey(r),this.writeValue(""))
else{const e=n.getValueSchema(),s=this.settings.flattenLists||n.getMergedTraits().xmlFlattened
let i=1
for(const n of t){if(null==n)continue
const t=e.getMergedTraits(),o=this.getKey("member",t.xmlName,t.ec2QueryName),a=s?`${r}${i}`:`${r}${o}.${i}`
this.write(e,n,a),++i}}}else if(n.isMapSchema()){if(t&&"object"==typeof t){const e=n.getKeySchema(),s=n.getValueSchema(),i=n.getMergedTraits().xmlFlattened
let o=1
for(const n in t){const a=t[n]
if(null==a)continue
const c=e.getMergedTraits(),u=this.getKey("key",c.xmlName,c.ec2QueryName),l=i?`${r}${o}.${u}`:`${r}entry.${o}.${u}`,d=s.getMergedTraits(),h=this.getKey("value",d.xmlName,d.ec2QueryName),f=i?`${r}${o}.${h}`:`${r}entry.${o}.${h}`
this.write(e,n,l),this.write(s,a,f),++o}}}else if(n.isStructSchema()){if(t&&"object"==typeof t){let e=!1
for(const[s,i]of n.structIterator()){if(null==t[s]&&!i.isIdempotencyToken())continue
const n=i.getMergedTraits(),o=`${r}${this.getKey(s,n.xmlName,n.ec2QueryName,"struct")}`
this.write(i,t[s],o),e=!0}if(!e&&n.isUnionSchema()){const{$unknown:e}=t
if(Array.isArray(e)){const[t,n]=e,s=`${r}${t}`
this.write(15,n,s)}}}}else if(!n.isUnitSchema())throw new Error(`@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${n.getName(!0)}`)}flush(){if(void 0===this.buffer)throw new Error("@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.")
const e=this.buffer
return delete this.buffer,e}getKey(e,t,r,n){const{ec2:s,capitalizeKeys:i}=this.settings
if(s&&r)return r
const o=t??e
return i&&"struct"===n?o[0].toUpperCase()+o.slice(1):o}writeKey(e){e.endsWith(".")&&(e=e.slice(0,e.length-1)),this.buffer+=`&${E(e)}=`}writeValue(e){this.buffer+=E(e)}}class G extends l{options
serializer
deserializer
mixin=new B
constructor(e){super({defaultNamespace:e.defaultNamespace,errorTypeRegistries:e.errorTypeRegistries}),this.options=e
const t={timestampFormat:{useTrait:!0,default:5},httpBindings:!1,xmlNamespace:e.xmlNamespace,serviceNamespace:e.defaultNamespace,serializeEmptyLists:!0}
this.serializer=new W(t),this.deserializer=new q(t)}getShapeId(){return"aws.protocols#awsQuery"}setSerdeContext(e){this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e)}getPayloadCodec(){throw new Error("AWSQuery protocol has no payload codec.")}async serializeRequest(e,t,r){const n=await super.serializeRequest(e,t,r)
n.path.endsWith("/")||(n.path+="/"),n.headers["content-type"]="application/x-www-form-urlencoded","unit"!==a(e.input)&&n.body||(n.body="")
const s=e.name.split("#")[1]??e.name
return n.body=`Action=${s}&Version=${this.options.version}`+n.body,n.body.endsWith("&")&&(n.body=n.body.slice(-1)),n}async deserializeResponse(e,t,r){const n=this.deserializer,s=o.of(e.output),i={}
if(r.statusCode>=300){const s=await v(r.body,t)
s.byteLength>0&&Object.assign(i,await n.read(15,s)),await this.handleError(e,t,r,i,this.deserializeMetadata(r))}for(const e in r.headers){const t=r.headers[e]
delete r.headers[e],r.headers[e.toLowerCase()]=t}const a=e.name.split("#")[1]??e.name,c=s.isStructSchema()&&this.useNestedResult()?a+"Result":void 0,u=await v(r.body,t)
return u.byteLength>0&&Object.assign(i,await n.read(s,u,c)),i.$metadata=this.deserializeMetadata(r),i}useNestedResult(){return!0}async handleError(e,t,r,n,s){const i=this.loadQueryErrorCode(r,n)??"Unknown"
this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace)
const a=this.loadQueryError(n)??{},c=this.loadQueryErrorMessage(n)
a.message=c,a.Error={Type:a.Type,Code:a.Code,Message:c}
const{errorSchema:u,errorMetadata:l}=await this.mixin.getErrorSchemaOrThrowBaseException(i,this.options.defaultNamespace,r,a,s,this.mixin.findQueryCompatibleError),d=o.of(u),h=new(this.compositeErrorRegistry.getErrorCtor(u)??Error)({}),f={Type:a.Error.Type,Code:a.Error.Code,Error:a.Error}
for(const[e,t]of d.structIterator()){const r=t.getMergedTraits().xmlName??e,s=a[r]??n[r]
f[e]=this.deserializer.readSchema(t,s)}throw this.mixin.decorateServiceException(Object.assign(h,l,{$fault:d.getMergedTraits().error,message:c},f),n)}loadQueryErrorCode(e,t){const r=(t.Errors?.[0]?.Error??t.Errors?.Error??t.Error)?.Code
return void 0!==r?r:404==e.statusCode?"NotFound":void 0}loadQueryError(e){return e.Errors?.[0]?.Error??e.Errors?.Error??e.Error}loadQueryErrorMessage(e){const t=this.loadQueryError(e)
return t?.message??t?.Message??e.message??e.Message??"Unknown"}getDefaultContentType(){return"application/x-www-form-urlencoded"}}const K=(e,t)=>((e,t)=>v(e,t).then(e=>(t?.utf8Encoder??N)(e)))(e,t).then(e=>{if(e.length){let t
try{t=k(e)}catch(t){throw t&&"object"==typeof t&&Object.defineProperty(t,"$responseBodyText",{value:e}),t}const r="#text",n=Object.keys(t)[0],s=t[n]
return s[r]&&(s[n]=s[r],delete s[r]),u(s)}return{}}),J=(e,t)=>void 0!==t?.Error?.Code?t.Error.Code:void 0!==t?.Code?t.Code:404==e.statusCode?"NotFound":void 0
class Q extends H{settings
stringBuffer
byteBuffer
buffer
constructor(e){super(),this.settings=e}write(e,t){const r=o.of(e)
if(r.isStringSchema()&&"string"==typeof t)this.stringBuffer=t
else if(r.isBlobSchema())this.byteBuffer="byteLength"in t?t:(this.serdeContext?.base64Decoder??F)(t)
else{this.buffer=this.writeStruct(r,t,void 0)
const e=r.getMergedTraits()
e.httpPayload&&!e.xmlName&&this.buffer.withName(r.getName())}}flush(){if(void 0!==this.byteBuffer){const e=this.byteBuffer
return delete this.byteBuffer,e}if(void 0!==this.stringBuffer){const e=this.stringBuffer
return delete this.stringBuffer,e}const e=this.buffer
return this.settings.xmlNamespace&&(e?.attributes?.xmlns||e.addAttribute("xmlns",this.settings.xmlNamespace)),delete this.buffer,e.toString()}writeStruct(e,t,r){const n=e.getMergedTraits(),s=e.isMemberSchema()&&!n.httpPayload?e.getMemberTraits().xmlName??e.getMemberName():n.xmlName??e.getName()
if(!s||!e.isStructSchema())throw new Error(`@aws-sdk/core/protocols - xml serializer, cannot write struct with empty name or non-struct, schema=${e.getName(!0)}.`)
const i=O.of(s),[o,a]=this.getXmlnsAttribute(e,r)
for(const[r,n]of e.structIterator()){const e=t[r]
if(null!=e||n.isIdempotencyToken()){if(n.getMergedTraits().xmlAttribute){i.addAttribute(n.getMergedTraits().xmlName??r,this.writeSimple(n,e))
continue}if(n.isListSchema())this.writeList(n,e,i,a)
else if(n.isMapSchema())this.writeMap(n,e,i,a)
else if(n.isStructSchema())i.addChildNode(this.writeStruct(n,e,a))
else{const t=O.of(n.getMergedTraits().xmlName??n.getMemberName())
this.writeSimpleInto(n,e,t,a),i.addChildNode(t)}}}const{$unknown:c}=t
if(c&&e.isUnionSchema()&&Array.isArray(c)&&1===Object.keys(t).length){const[e,r]=c,n=O.of(e)
if("string"!=typeof r){if(!(t instanceof O||t instanceof P))throw new Error("@aws-sdk - $unknown union member in XML requires value of type string, @aws-sdk/xml-builder::XmlNode or XmlText.")
i.addChildNode(t)}this.writeSimpleInto(0,r,n,a),i.addChildNode(n)}return a&&i.addAttribute(o,a),i}writeList(e,t,r,n){if(!e.isMemberSchema())throw new Error(`@aws-sdk/core/protocols - xml serializer, cannot write non-member list: ${e.getName(!0)}`)
const s=e.getMergedTraits(),i=e.getValueSchema(),o=i.getMergedTraits(),a=!!o.sparse,c=!!s.xmlFlattened,[u,l]=this.getXmlnsAttribute(e,n),d=(t,r)=>{if(i.isListSchema())this.writeList(i,Array.isArray(r)?r:[r],t,l)
else if(i.isMapSchema())this.writeMap(i,r,t,l)
else if(i.isStructSchema()){const n=this.writeStruct(i,r,l)
t.addChildNode(n.withName(c?s.xmlName??e.getMemberName():o.xmlName??"member"))}else{const n=O.of(c?s.xmlName??e.getMemberName():o.xmlName??"member")
this.writeSimpleInto(i,r,n,l),t.addChildNode(n)}}
if(c)for(const e of t)(a||null!=e)&&d(r,e)
else{const n=O.of(s.xmlName??e.getMemberName())
l&&n.addAttribute(u,l)
for(const e of t)(a||null!=e)&&d(n,e)
r.addChildNode(n)}}writeMap(e,t,r,n,s=!1){if(!e.isMemberSchema())throw new Error(`@aws-sdk/core/protocols - xml serializer, cannot write non-member map: ${e.getName(!0)}`)
const i=e.getMergedTraits(),o=e.getKeySchema(),a=o.getMergedTraits().xmlName??"key",c=e.getValueSchema(),u=c.getMergedTraits(),l=u.xmlName??"value",d=!!u.sparse,h=!!i.xmlFlattened,[f,p]=this.getXmlnsAttribute(e,n),g=(e,t,r)=>{const n=O.of(a,t),[s,i]=this.getXmlnsAttribute(o,p)
i&&n.addAttribute(s,i),e.addChildNode(n)
let u=O.of(l)
c.isListSchema()?this.writeList(c,r,u,p):c.isMapSchema()?this.writeMap(c,r,u,p,!0):c.isStructSchema()?u=this.writeStruct(c,r,p):this.writeSimpleInto(c,r,u,p),e.addChildNode(u)}
if(h)for(const n in t){const s=t[n]
if(d||null!=s){const t=O.of(i.xmlName??e.getMemberName())
g(t,n,s),r.addChildNode(t)}}else{let n
s||(n=O.of(i.xmlName??e.getMemberName()),p&&n.addAttribute(f,p),r.addChildNode(n))
for(const e in t){const i=t[e]
if(d||null!=i){const t=O.of("entry")
g(t,e,i),(s?r:n).addChildNode(t)}}}}writeSimple(e,t){if(null===t)throw new Error("@aws-sdk/core/protocols - (XML serializer) cannot write null value.")
const r=o.of(e)
let n=null
if(t&&"object"==typeof t)if(r.isBlobSchema())n=(this.serdeContext?.base64Encoder??D)(t)
else{if(!(r.isTimestampSchema()&&t instanceof Date)){if(r.isBigDecimalSchema()&&t)return t instanceof $?t.string:String(t)
throw r.isMapSchema()||r.isListSchema()?new Error("@aws-sdk/core/protocols - xml serializer, cannot call _write() on List/Map schema, call writeList or writeMap() instead."):new Error(`@aws-sdk/core/protocols - xml serializer, unhandled schema type for object value and schema: ${r.getName(!0)}`)}switch(b(r,this.settings)){case 5:n=t.toISOString().replace(".000Z","Z")
break
case 6:n=U(t)
break
case 7:n=String(t.getTime()/1e3)
break
default:console.warn("Missing timestamp format, using http date",t),n=U(t)}}if((r.isBooleanSchema()||r.isNumericSchema()||r.isBigIntegerSchema()||r.isBigDecimalSchema())&&(n=String(t)),r.isStringSchema()&&(n=void 0===t&&r.isIdempotencyToken()?M():String(t)),null===n)throw new Error(`Unhandled schema-value pair ${r.getName(!0)}=${t}`)
return n}writeSimpleInto(e,t,r,n){const s=this.writeSimple(e,t),i=o.of(e),a=new P(s),[c,u]=this.getXmlnsAttribute(i,n)
u&&r.addAttribute(c,u),r.addChildNode(a)}getXmlnsAttribute(e,t){const r=e.getMergedTraits(),[n,s]=r.xmlNamespace??[]
return s&&s!==t?[n?`xmlns:${n}`:"xmlns",s]:[void 0,void 0]}}class Y extends H{settings
constructor(e){super(),this.settings=e}createSerializer(){const e=new Q(this.settings)
return e.setSerdeContext(this.serdeContext),e}createDeserializer(){const e=new q(this.settings)
return e.setSerdeContext(this.serdeContext),e}}t.AwsEc2QueryProtocol=class extends G{options
constructor(e){super(e),this.options=e
Object.assign(this.serializer.settings,{capitalizeKeys:!0,flattenLists:!0,serializeEmptyLists:!1,ec2:!0})}getShapeId(){return"aws.protocols#ec2Query"}useNestedResult(){return!1}},t.AwsJson1_0Protocol=class extends z{constructor({defaultNamespace:e,errorTypeRegistries:t,serviceTarget:r,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,errorTypeRegistries:t,serviceTarget:r,awsQueryCompatible:n,jsonCodec:s})}getShapeId(){return"aws.protocols#awsJson1_0"}getJsonRpcVersion(){return"1.0"}getDefaultContentType(){return"application/x-amz-json-1.0"}},t.AwsJson1_1Protocol=class extends z{constructor({defaultNamespace:e,errorTypeRegistries:t,serviceTarget:r,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,errorTypeRegistries:t,serviceTarget:r,awsQueryCompatible:n,jsonCodec:s})}getShapeId(){return"aws.protocols#awsJson1_1"}getJsonRpcVersion(){return"1.1"}getDefaultContentType(){return"application/x-amz-json-1.1"}},t.AwsJsonRpcProtocol=z,t.AwsQueryProtocol=G,t.AwsRestJsonProtocol=class extends f{serializer
deserializer
codec
mixin=new B
constructor({defaultNamespace:e,errorTypeRegistries:t,jsonCodec:r}){super({defaultNamespace:e,errorTypeRegistries:t})
const n={timestampFormat:{useTrait:!0,default:7},httpBindings:!0,jsonName:!0}
this.codec=r??new d(n),this.serializer=new p(this.codec.createSerializer(),n),this.deserializer=new g(this.codec.createDeserializer(),n)}getShapeId(){return"aws.protocols#restJson1"}getPayloadCodec(){return this.codec}setSerdeContext(e){this.codec.setSerdeContext(e),super.setSerdeContext(e)}async serializeRequest(e,t,r){const n=await super.serializeRequest(e,t,r),s=o.of(e.input)
if(!n.headers["content-type"]){const e=this.mixin.resolveRestContentType(this.getDefaultContentType(),s)
e&&(n.headers["content-type"]=e)}return null==n.body&&n.headers["content-type"]===this.getDefaultContentType()&&(n.body="{}"),n}async deserializeResponse(e,t,r){const n=await super.deserializeResponse(e,t,r),s=o.of(e.output)
for(const[e,t]of s.structIterator())t.getMemberTraits().httpPayload&&!(e in n)&&(n[e]=null)
return n}async handleError(e,t,r,n,s){const i=m(r,n)??"Unknown"
this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace)
const{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(i,this.options.defaultNamespace,r,n,s),u=o.of(a),l=n.message??n.Message??"UnknownError",d=new(this.compositeErrorRegistry.getErrorCtor(a)??Error)({})
await this.deserializeHttpMessage(a,t,r,n)
const h={},f=this.codec.createDeserializer()
for(const[e,t]of u.structIterator()){const r=t.getMergedTraits().jsonName??e
h[e]=f.readObject(t,n[r])}throw this.mixin.decorateServiceException(Object.assign(d,c,{$fault:u.getMergedTraits().error,message:l},h),n)}getDefaultContentType(){return"application/json"}},t.AwsRestXmlProtocol=class extends f{codec
serializer
deserializer
mixin=new B
constructor(e){super(e)
const t={timestampFormat:{useTrait:!0,default:5},httpBindings:!0,xmlNamespace:e.xmlNamespace,serviceNamespace:e.defaultNamespace}
this.codec=new Y(t),this.serializer=new p(this.codec.createSerializer(),t),this.deserializer=new g(this.codec.createDeserializer(),t)}getPayloadCodec(){return this.codec}getShapeId(){return"aws.protocols#restXml"}async serializeRequest(e,t,r){const n=await super.serializeRequest(e,t,r),s=o.of(e.input)
if(!n.headers["content-type"]){const e=this.mixin.resolveRestContentType(this.getDefaultContentType(),s)
e&&(n.headers["content-type"]=e)}return"string"!=typeof n.body||n.headers["content-type"]!==this.getDefaultContentType()||n.body.startsWith("<?xml ")||this.hasUnstructuredPayloadBinding(s)||(n.body='<?xml version="1.0" encoding="UTF-8"?>'+n.body),n}async deserializeResponse(e,t,r){return super.deserializeResponse(e,t,r)}async handleError(e,t,r,n,s){const i=J(r,n)??"Unknown"
if(this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace),n.Error&&"object"==typeof n.Error)for(const e of Object.keys(n.Error))n[e]=n.Error[e],"message"===e.toLowerCase()&&(n.message=n.Error[e])
n.RequestId&&!s.requestId&&(s.requestId=n.RequestId)
const{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(i,this.options.defaultNamespace,r,n,s),u=o.of(a),l=n.Error?.message??n.Error?.Message??n.message??n.Message??"UnknownError",d=new(this.compositeErrorRegistry.getErrorCtor(a)??Error)({})
await this.deserializeHttpMessage(a,t,r,n)
const h={},f=this.codec.createDeserializer()
for(const[e,t]of u.structIterator()){const r=t.getMergedTraits().xmlName??e,s=n.Error?.[r]??n[r]
h[e]=f.readSchema(t,s)}throw this.mixin.decorateServiceException(Object.assign(d,c,{$fault:u.getMergedTraits().error,message:l},h),n)}getDefaultContentType(){return"application/xml"}hasUnstructuredPayloadBinding(e){for(const[,t]of e.structIterator())if(t.getMergedTraits().httpPayload)return!(t.isStructSchema()||t.isMapSchema()||t.isListSchema())
return!1}},t.AwsSmithyRpcV2CborProtocol=class extends n{awsQueryCompatible
mixin
constructor({defaultNamespace:e,errorTypeRegistries:t,awsQueryCompatible:r}){super({defaultNamespace:e,errorTypeRegistries:t}),this.awsQueryCompatible=!!r,this.mixin=new B(this.awsQueryCompatible)}async serializeRequest(e,t,r){const n=await super.serializeRequest(e,t,r)
return this.awsQueryCompatible&&(n.headers["x-amzn-query-mode"]="true"),n}async handleError(e,t,r,n,i){this.awsQueryCompatible&&this.mixin.setQueryCompatError(n,r)
const a=(()=>{const e=r.headers["x-amzn-query-error"]
return e&&this.awsQueryCompatible?e.split(";")[0]:s(r,n)??"Unknown"})()
this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace)
const{errorSchema:c,errorMetadata:u}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,r,n,i,this.awsQueryCompatible?this.mixin.findQueryCompatibleError:void 0),l=o.of(c),d=n.message??n.Message??"UnknownError",h=new(this.compositeErrorRegistry.getErrorCtor(c)??Error)({}),f={}
for(const[e,t]of l.structIterator())null!=n[e]&&(f[e]=this.deserializer.readValue(t,n[e]))
throw this.awsQueryCompatible&&this.mixin.queryCompatOutput(n,f),this.mixin.decorateServiceException(Object.assign(h,u,{$fault:l.getMergedTraits().error,message:d},f),n)}},t.AwsSmithyRpcV2JsonProtocol=class extends y{awsQueryCompatible
mixin
constructor({defaultNamespace:e,errorTypeRegistries:t,awsQueryCompatible:r}){super({defaultNamespace:e,errorTypeRegistries:t}),this.awsQueryCompatible=!!r,this.mixin=new B(this.awsQueryCompatible)}async serializeRequest(e,t,r){const n=await super.serializeRequest(e,t,r)
return this.awsQueryCompatible&&(n.headers["x-amzn-query-mode"]="true"),n}async handleError(e,t,r,n,s){this.awsQueryCompatible&&this.mixin.setQueryCompatError(n,r)
const i=(()=>{const e=r.headers["x-amzn-query-error"]
return e&&this.awsQueryCompatible?e.split(";")[0]:w(r,n)??"Unknown"})()
this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace)
const{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(i,this.options.defaultNamespace,r,n,s,this.awsQueryCompatible?this.mixin.findQueryCompatibleError:void 0),u=o.of(a),l=n.message??n.Message??"UnknownError",d=new(this.compositeErrorRegistry.getErrorCtor(a)??Error)({}),h={},f=this.getPayloadCodec().createDeserializer()
for(const[e,t]of u.structIterator())null!=n[e]&&(h[e]=f.readObject(t,n[e]))
throw this.awsQueryCompatible&&this.mixin.queryCompatOutput(n,h),this.mixin.decorateServiceException(Object.assign(d,c,{$fault:u.getMergedTraits().error,message:l},h),n)}},t.QueryShapeSerializer=W,t.XmlCodec=Y,t.XmlShapeDeserializer=q,t.XmlShapeSerializer=Q,t._toBool=e=>{if(null==e)return e
if("string"==typeof e){const t=e.toLowerCase()
if(""!==e&&"false"!==t&&"true"!==t){const t=new Error(`Received string "${e}" where a boolean was expected.`)
t.name="Warning",console.warn(t)}return""!==e&&"false"!==t}return e},t._toNum=e=>{if(null==e)return e
if("string"==typeof e){const t=Number(e)
if(t.toString()!==e){const t=new Error(`Received string "${e}" where a number was expected.`)
return t.name="Warning",console.warn(t),e}return t}return e},t._toStr=e=>{if(null==e)return e
if("number"==typeof e||"bigint"==typeof e){const t=new Error(`Received number ${e} where a string was expected.`)
return t.name="Warning",console.warn(t),String(e)}if("boolean"==typeof e){const t=new Error(`Received boolean ${e} where a string was expected.`)
return t.name="Warning",console.warn(t),String(e)}return e},t.awsExpectUnion=e=>{if(null!=e)return"object"==typeof e&&"__type"in e&&delete e.__type,L(e)},t.loadRestXmlErrorCode=J,t.parseXmlBody=K,t.parseXmlErrorBody=async(e,t)=>{const r=await K(e,t)
return r.Error&&(r.Error.message=r.Error.message??r.Error.Message),r}},5660:(e,t,r)=>{const{setCredentialFeature:n}=r(490),{CredentialsProviderError:s}=r(3433),i="AWS_ACCESS_KEY_ID",o="AWS_SECRET_ACCESS_KEY",a="AWS_SESSION_TOKEN",c="AWS_CREDENTIAL_EXPIRATION",u="AWS_CREDENTIAL_SCOPE",l="AWS_ACCOUNT_ID"
t.ENV_ACCOUNT_ID=l,t.ENV_CREDENTIAL_SCOPE=u,t.ENV_EXPIRATION=c,t.ENV_KEY=i,t.ENV_SECRET=o,t.ENV_SESSION=a,t.fromEnv=e=>async()=>{e?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv")
const t=process.env[i],r=process.env[o],d=process.env[a],h=process.env[c],f=process.env[u],p=process.env[l]
if(t&&r){const e={accessKeyId:t,secretAccessKey:r,...d&&{sessionToken:d},...h&&{expiration:new Date(h)},...f&&{credentialScope:f},...p&&{accountId:p}}
return n(e,"CREDENTIALS_ENV_VARS","g"),e}throw new s("Unable to find environment variable credentials.",{logger:e?.logger})}},2463:(e,t,r)=>{const{setCredentialFeature:n}=r(490),{CredentialsProviderError:s}=r(3433),{NodeHttpHandler:i}=r(7105),o=r(1455),{HttpRequest:a}=r(284),{sdkStreamMixin:c,parseRfc3339DateTime:u}=r(1892)
const l=e=>{if(e.includes("\r\n"))throw new s("Authorization token contains invalid \\r\\n sequence.")
return e}
t.fromHttp=(e={})=>{let t
e.logger?.debug("@aws-sdk/credential-provider-http - fromHttp")
const r=e.awsContainerCredentialsRelativeUri??process.env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI,d=e.awsContainerCredentialsFullUri??process.env.AWS_CONTAINER_CREDENTIALS_FULL_URI,h=e.awsContainerAuthorizationToken??process.env.AWS_CONTAINER_AUTHORIZATION_TOKEN,f=e.awsContainerAuthorizationTokenFile??process.env.AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE,p="NoOpLogger"!==e.logger?.constructor?.name&&e.logger?.warn?e.logger.warn.bind(e.logger):console.warn
if(r&&d&&(p("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsContainerCredentialsFullUri."),p("awsContainerCredentialsRelativeUri will take precedence.")),h&&f&&(p("@aws-sdk/credential-provider-http: you have set both awsContainerAuthorizationToken and awsContainerAuthorizationTokenFile."),p("awsContainerAuthorizationTokenFile will take precedence.")),r)t=`http://169.254.170.2${r}`
else{if(!d)throw new s("No HTTP credential provider host provided.\nSet AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.",{logger:e.logger})
t=d}const g=new URL(t);((e,t)=>{if("https:"!==e.protocol&&"169.254.170.2"!==e.hostname&&"169.254.170.23"!==e.hostname&&"[fd00:ec2::23]"!==e.hostname){if(e.hostname.includes("[")){if("[::1]"===e.hostname||"[0000:0000:0000:0000:0000:0000:0000:0001]"===e.hostname)return}else{if("localhost"===e.hostname)return
const t=e.hostname.split("."),r=e=>{const t=parseInt(e,10)
return 0<=t&&t<=255}
if("127"===t[0]&&r(t[1])&&r(t[2])&&r(t[3])&&4===t.length)return}throw new s("URL not accepted. It must either be HTTPS or match one of the following:\n  - loopback CIDR 127.0.0.0/8 or [::1/128]\n  - ECS container host 169.254.170.2\n  - EKS container host 169.254.170.23 or [fd00:ec2::23]",{logger:t})}})(g,e.logger)
const m=i.create({connectionTimeout:e.timeout??1e3}),y=e.timeout??1e3,w=(S=async()=>{const t=function(e){return new a({protocol:e.protocol,hostname:e.hostname,port:Number(e.port),path:e.pathname,query:Array.from(e.searchParams.entries()).reduce((e,[t,r])=>(e[t]=r,e),{}),fragment:e.hash})}(g)
f?t.headers.Authorization=l((await o.readFile(f)).toString()):h&&(t.headers.Authorization=l(h))
try{return async function(e,t){const r=c(e.body),n=await r.transformToString()
if(200===e.statusCode){const e=JSON.parse(n)
if("string"!=typeof e.AccessKeyId||"string"!=typeof e.SecretAccessKey||"string"!=typeof e.Token||"string"!=typeof e.Expiration)throw new s("HTTP credential provider response not of the required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",{logger:t})
return{accessKeyId:e.AccessKeyId,secretAccessKey:e.SecretAccessKey,sessionToken:e.Token,expiration:u(e.Expiration)}}if(e.statusCode>=400&&e.statusCode<500){let r={}
try{r=JSON.parse(n)}catch(e){}throw Object.assign(new s(`Server responded with status: ${e.statusCode}`,{logger:t}),{Code:r.Code,Message:r.Message})}throw new s(`Server responded with status: ${e.statusCode}`,{logger:t})}((await m.handle(t,{requestTimeout:y})).response).then(e=>n(e,"CREDENTIALS_HTTP","z"))}catch(t){throw new s(String(t),{logger:e.logger})}},b=e.maxRetries??3,E=e.timeout??1e3,async()=>{for(let e=0;e<b;++e)try{return await S()}catch(e){await new Promise(e=>setTimeout(e,E))}return await S()})
var S,b,E
return async()=>{try{return await w()}finally{m.destroy?.()}}}},6967:(e,t,r)=>{const{CredentialsProviderError:n,chain:s,getProfileName:i,parseKnownFiles:o}=r(3433),{setCredentialFeature:a}=r(490),c=e=>a(e,"CREDENTIALS_PROFILE_NAMED_PROVIDER","p"),u=(e,{profile:t,logger:r})=>{const n="string"==typeof e.source_profile&&void 0===e.credential_source
return n&&r?.debug?.(`    ${t} isAssumeRoleWithSourceProfile source_profile=${e.source_profile}`),n},l=(e,{profile:t,logger:r})=>{const n="string"==typeof e.credential_source&&void 0===e.source_profile
return n&&r?.debug?.(`    ${t} isCredentialSourceProfile credential_source=${e.credential_source}`),n},d=async(e,t,o,u,l={},d)=>{o.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)")
const f=t[e],{source_profile:p,region:g}=f
if(!o.roleAssumer){const{getDefaultRoleAssumer:e}=r(1838)
o.roleAssumer=e({...o.clientConfig,credentialProviderLogger:o.logger,parentClientConfig:{...u,...o?.parentClientConfig,region:g??o?.parentClientConfig?.region??u?.region}},o.clientPlugins)}if(p&&p in l)throw new n(`Detected a cycle attempting to resolve credentials for profile ${i(o)}. Profiles visited: `+Object.keys(l).join(", "),{logger:o.logger})
o.logger?.debug("@aws-sdk/credential-provider-ini - finding credential resolver using "+(p?`source_profile=[${p}]`:`profile=[${e}]`))
const m=p?d(p,t,o,u,{...l,[p]:!0},h(t[p]??{})):(await((e,t,i)=>{const o={EcsContainer:async e=>{const{fromHttp:t}=r(2463),{fromContainerMetadata:n}=r(3916)
return i?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"),async()=>s(t(e??{}),n(e))().then(c)},Ec2InstanceMetadata:async e=>{i?.debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata")
const{fromInstanceMetadata:t}=r(3916)
return async()=>t(e)().then(c)},Environment:async e=>{i?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment")
const{fromEnv:t}=r(5660)
return async()=>t(e)().then(c)}}
if(e in o)return o[e]
throw new n(`Unsupported credential source in profile ${t}. Got ${e}, expected EcsContainer or Ec2InstanceMetadata or Environment.`,{logger:i})})(f.credential_source,e,o.logger)(o))()
if(h(f))return m.then(e=>a(e,"CREDENTIALS_PROFILE_SOURCE_PROFILE","o"))
{const t={RoleArn:f.role_arn,RoleSessionName:f.role_session_name||`aws-sdk-js-${Date.now()}`,ExternalId:f.external_id,DurationSeconds:parseInt(f.duration_seconds||"3600",10)},{mfa_serial:r}=f
if(r){if(!o.mfaCodeProvider)throw new n(`Profile ${e} requires multi-factor authentication, but no MFA code callback was provided.`,{logger:o.logger,tryNextLink:!1})
t.SerialNumber=r,t.TokenCode=await o.mfaCodeProvider(r)}const s=await m
return o.roleAssumer(s,t).then(e=>a(e,"CREDENTIALS_PROFILE_SOURCE_PROFILE","o"))}},h=e=>!e.role_arn&&!!e.credential_source,f=e=>Boolean(e)&&"object"==typeof e&&"string"==typeof e.aws_access_key_id&&"string"==typeof e.aws_secret_access_key&&["undefined","string"].indexOf(typeof e.aws_session_token)>-1&&["undefined","string"].indexOf(typeof e.aws_account_id)>-1,p=async(e,t)=>{t?.logger?.debug("@aws-sdk/credential-provider-ini - resolveStaticCredentials")
const r={accessKeyId:e.aws_access_key_id,secretAccessKey:e.aws_secret_access_key,sessionToken:e.aws_session_token,...e.aws_credential_scope&&{credentialScope:e.aws_credential_scope},...e.aws_account_id&&{accountId:e.aws_account_id}}
return a(r,"CREDENTIALS_PROFILE","n")},g=async(e,t,s,i,o={},c=!1)=>{const h=t[e]
if(Object.keys(o).length>0&&f(h))return p(h,s)
if(c||((e,{profile:t="default",logger:r}={})=>Boolean(e)&&"object"==typeof e&&"string"==typeof e.role_arn&&["undefined","string"].indexOf(typeof e.role_session_name)>-1&&["undefined","string"].indexOf(typeof e.external_id)>-1&&["undefined","string"].indexOf(typeof e.mfa_serial)>-1&&(u(e,{profile:t,logger:r})||l(e,{profile:t,logger:r})))(h,{profile:e,logger:s.logger}))return d(e,t,s,i,o,g)
if(f(h))return p(h,s)
if(m=h,Boolean(m)&&"object"==typeof m&&"string"==typeof m.web_identity_token_file&&"string"==typeof m.role_arn&&["undefined","string"].indexOf(typeof m.role_session_name)>-1)return(async(e,t,n)=>{const{fromTokenFile:s}=r(2298),i=await s({webIdentityTokenFile:e.web_identity_token_file,roleArn:e.role_arn,roleSessionName:e.role_session_name,roleAssumerWithWebIdentity:t.roleAssumerWithWebIdentity,logger:t.logger,parentClientConfig:t.parentClientConfig})({callerClientConfig:n})
return a(i,"CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN","q")})(h,s,i)
var m
if((e=>Boolean(e)&&"object"==typeof e&&"string"==typeof e.credential_process)(h))return(async(e,t)=>{const{fromProcess:n}=r(2925),s=await n({...e,profile:t})()
return a(s,"CREDENTIALS_PROFILE_PROCESS","v")})(s,e)
if((e=>e&&("string"==typeof e.sso_start_url||"string"==typeof e.sso_account_id||"string"==typeof e.sso_session||"string"==typeof e.sso_region||"string"==typeof e.sso_role_name))(h))return await(async(e,t,n={},s)=>{const{fromSSO:i}=r(9592)
return i({profile:e,logger:n.logger,parentClientConfig:n.parentClientConfig,clientConfig:n.clientConfig})({callerClientConfig:s}).then(e=>t.sso_session?a(e,"CREDENTIALS_PROFILE_SSO","r"):a(e,"CREDENTIALS_PROFILE_SSO_LEGACY","t"))})(e,h,s,i)
if((e=>Boolean(e&&e.login_session))(h))return(async(e,t,n)=>{const{fromLoginCredentials:s}=r(6642),i=await s({...t,profile:e})({callerClientConfig:n})
return a(i,"CREDENTIALS_PROFILE_LOGIN","AC")})(e,s,i)
throw new n(`Could not resolve credentials using profile: [${e}] in configuration/credentials file(s).`,{logger:s.logger})}
t.fromIni=(e={})=>async({callerClientConfig:t}={})=>{e.logger?.debug("@aws-sdk/credential-provider-ini - fromIni")
const r=await o(e)
return g(i({profile:e.profile??t?.profile}),r,e,t)}},6642:(e,t,r)=>{const{setCredentialFeature:n}=r(490),{CredentialsProviderError:s,parseKnownFiles:i,getProfileName:o}=r(3433),{HttpRequest:a}=r(284),{createHash:c,createPrivateKey:u,createPublicKey:l,sign:d}=r(7598),{promises:h}=r(3024),{homedir:f}=r(8161),{dirname:p,join:g}=r(6760)
class m{profileData
init
callerClientConfig
static REFRESH_THRESHOLD=3e5
constructor(e,t,r){this.profileData=e,this.init=t,this.callerClientConfig=r}async loadCredentials(){const e=await this.loadToken()
if(!e)throw new s(`Failed to load a token for session ${this.loginSession}, please re-authenticate using aws login`,{tryNextLink:!1,logger:this.logger})
const t=e.accessToken,r=Date.now()
return new Date(t.expiresAt).getTime()-r<=m.REFRESH_THRESHOLD?this.refresh(e):this.toCredentials(e.accessToken)}get logger(){return this.init?.logger}get loginSession(){return this.profileData.login_session}toCredentials(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,sessionToken:e.sessionToken,accountId:e.accountId,expiration:new Date(e.expiresAt)}}async refresh(e){const t=await this.loadToken().catch(()=>e),n=Date.now(),i=new Date(t.accessToken.expiresAt).getTime(),o=new Date(e.accessToken.expiresAt).getTime(),a=i<=n&&o>n?e:t
if(new Date(a.accessToken.expiresAt).getTime()-Date.now()>m.REFRESH_THRESHOLD)return this.toCredentials(a.accessToken)
const{SigninClient:c,CreateOAuth2TokenCommand:u}=r(348),{logger:l,userAgentAppId:d}=this.callerClientConfig??{},h=(e=>"h2"===e?.metadata?.handlerProtocol)(this.callerClientConfig?.requestHandler)?void 0:this.callerClientConfig?.requestHandler,f="string"==typeof a.signInRegion&&a.signInRegion.length>0?a.signInRegion:void 0,p=new c({credentials:{accessKeyId:"",secretAccessKey:""},region:f??this.profileData.region??await(this.callerClientConfig?.region?.())??process.env.AWS_REGION,requestHandler:h,logger:l,userAgentAppId:d,...this.init?.clientConfig,...f&&{region:f}})
this.createDPoPInterceptor(p.middlewareStack)
const g={tokenInput:{clientId:a.clientId,refreshToken:a.refreshToken,grantType:"refresh_token"}}
try{const e=await p.send(new u(g)),{accessKeyId:t,secretAccessKey:r,sessionToken:n}=e.tokenOutput?.accessToken??{},{refreshToken:i,expiresIn:o}=e.tokenOutput??{}
if(!(t&&r&&n&&i))throw new s("Token refresh response missing required fields",{logger:this.logger,tryNextLink:!1})
const c=1e3*(o??900),l=new Date(Date.now()+c),d={...a,accessToken:{...a.accessToken,accessKeyId:t,secretAccessKey:r,sessionToken:n,expiresAt:l.toISOString()},refreshToken:i}
return await this.saveToken(d),this.toCredentials(d.accessToken)}catch(e){if("AccessDeniedException"===e.name){let t
switch(e.error){case"TOKEN_EXPIRED":t="Your session has expired. Please reauthenticate."
break
case"USER_CREDENTIALS_CHANGED":t="Unable to refresh credentials because of a change in your password. Please reauthenticate with your new password."
break
case"INSUFFICIENT_PERMISSIONS":t="Unable to refresh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action."
break
default:t=`Failed to refresh token: ${String(e)}. Please re-authenticate using \`aws login\``}throw new s(t,{logger:this.logger,tryNextLink:!1})}if(new Date(a.accessToken.expiresAt).getTime()>Date.now())return this.logger?.warn?.(`Failed to refresh token: ${String(e)}. Using existing token until expiry.`),this.toCredentials(a.accessToken)
throw new s(`Failed to refresh token: ${String(e)}. Please re-authenticate using aws login`,{logger:this.logger})}}async loadToken(){const e=this.getTokenFilePath()
try{const t=await h.readFile(e,"utf8"),r=JSON.parse(t),n=["accessToken","clientId","refreshToken","dpopKey"].filter(e=>!r[e])
if(r.accessToken?.accountId||n.push("accountId"),n.length>0)throw new s(`Token validation failed, missing fields: ${n.join(", ")}`,{logger:this.logger,tryNextLink:!1})
return r}catch(t){throw new s(`Failed to load token from ${e}: ${String(t)}`,{logger:this.logger,tryNextLink:!1})}}async saveToken(e){const t=this.getTokenFilePath(),r=p(t)
try{await h.mkdir(r,{recursive:!0})}catch(e){}await h.writeFile(t,JSON.stringify(e,null,2),"utf8")}getTokenFilePath(){const e=process.env.AWS_LOGIN_CACHE_DIRECTORY??g(f(),".aws","login","cache"),t=Buffer.from(this.loginSession,"utf8"),r=c("sha256").update(t).digest("hex")
return g(e,`${r}.json`)}derToRawSignature(e){let t=2
if(2!==e[t])throw new Error("Invalid DER signature")
t++
const r=e[t++]
let n=e.subarray(t,t+r)
if(t+=r,2!==e[t])throw new Error("Invalid DER signature")
t++
const s=e[t++]
let i=e.subarray(t,t+s)
n=0===n[0]?n.subarray(1):n,i=0===i[0]?i.subarray(1):i
const o=Buffer.concat([Buffer.alloc(32-n.length),n]),a=Buffer.concat([Buffer.alloc(32-i.length),i])
return Buffer.concat([o,a])}createDPoPInterceptor(e){e.add(e=>async t=>{if(a.isInstance(t.request)){const e=t.request,r=`${e.protocol}//${e.hostname}${e.port?`:${e.port}`:""}${e.path}`,n=await this.generateDpop(e.method,r)
e.headers={...e.headers,DPoP:n}}return e(t)},{step:"finalizeRequest",name:"dpopInterceptor",override:!0})}async generateDpop(e="POST",t){const r=await this.loadToken()
try{const n=u({key:r.dpopKey,format:"pem",type:"sec1"}),s=l(n).export({format:"der",type:"spki"})
let i=-1
for(let e=0;e<s.length;e++)if(4===s[e]){i=e
break}const o=s.slice(i+1,i+33),a=s.slice(i+33,i+65),c={alg:"ES256",typ:"dpop+jwt",jwk:{kty:"EC",crv:"P-256",x:o.toString("base64url"),y:a.toString("base64url")}},h={jti:crypto.randomUUID(),htm:e,htu:t,iat:Math.floor(Date.now()/1e3)},f=Buffer.from(JSON.stringify(c)).toString("base64url"),p=`${f}.${Buffer.from(JSON.stringify(h)).toString("base64url")}`,g=d("sha256",Buffer.from(p),n),m=this.derToRawSignature(g)
return`${p}.${m.toString("base64url")}`}catch(e){throw new s(`Failed to generate Dpop proof: ${e instanceof Error?e.message:String(e)}`,{logger:this.logger,tryNextLink:!1})}}}t.fromLoginCredentials=e=>async({callerClientConfig:t}={})=>{e?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials")
const r=await i(e||{}),a=o({profile:e?.profile??t?.profile}),c=r[a]
if(!c?.login_session)throw new s(`Profile ${a} does not contain login_session.`,{tryNextLink:!0,logger:e?.logger})
const u=new m(c,e,t),l=await u.loadCredentials()
return n(l,"CREDENTIALS_LOGIN","AD")}},255:(e,t,r)=>{const{ENV_KEY:n,ENV_SECRET:s,fromEnv:i}=r(5660),{chain:o,CredentialsProviderError:a,ENV_PROFILE:c}=r(3433),u="AWS_EC2_METADATA_DISABLED"
const l=e=>async t=>{let r
for(const n of e)try{return await n(t)}catch(e){if(r=e,e?.tryNextLink)continue
throw e}throw r}
let d=!1
const h=e=>void 0!==e?.expiration&&e.expiration.getTime()-Date.now()<3e5
t.credentialsTreatedAsExpired=h,t.credentialsWillNeedRefresh=e=>void 0!==e?.expiration,t.defaultProvider=(e={})=>function(e,t){const r=l(e)
let n,s,i,o
const a=async e=>{if(e?.forceRefresh)return o||(o=r(e).then(e=>{i=e}).finally(()=>{o=void 0})),await o,i
if(i?.expiration&&i?.expiration?.getTime()<Date.now()&&(i=void 0),n)await n
else if(!i||t?.(i)){if(!i)return n=r(e).then(e=>{i=e}).finally(()=>{n=void 0}),a(e)
s||(s=r(e).then(e=>{i=e}).catch(()=>{}).finally(()=>{s=void 0}))}return i}
return a}([async()=>{if(e.profile??process.env[c]){if(process.env[n]&&process.env[s]&&!d){(e.logger?.warn&&"NoOpLogger"!==e.logger?.constructor?.name?e.logger.warn.bind(e.logger):console.warn)("@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:\n    Multiple credential sources detected: \n    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.\n    This SDK will proceed with the AWS_PROFILE value.\n    \n    However, a future version may change this behavior to prefer the ENV static credentials.\n    Please ensure that your environment only sets either the AWS_PROFILE or the\n    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.\n"),d=!0}throw new a("AWS_PROFILE is set, skipping fromEnv provider.",{logger:e.logger,tryNextLink:!0})}return e.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromEnv"),i(e)()},async t=>{e.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO")
const{ssoStartUrl:n,ssoAccountId:s,ssoRegion:i,ssoRoleName:o,ssoSession:c}=e
if(!(n||s||i||o||c))throw new a("Skipping SSO provider in default chain (inputs do not include SSO fields).",{logger:e.logger})
const{fromSSO:u}=r(9592)
return u(e)(t)},async t=>{e.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromIni")
const{fromIni:n}=r(6967)
return n(e)(t)},async t=>{e.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromProcess")
const{fromProcess:n}=r(2925)
return n(e)(t)},async t=>{e.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile")
const{fromTokenFile:n}=r(2298)
return n(e)(t)},async()=>(e.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::remoteProvider"),(await(async e=>{const{ENV_CMDS_FULL_URI:t,ENV_CMDS_RELATIVE_URI:n,fromContainerMetadata:s,fromInstanceMetadata:i}=r(3916)
if(process.env[n]||process.env[t]){e.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata")
const{fromHttp:t}=r(2463)
return o(t(e),s(e))}return process.env[u]&&"false"!==process.env[u]?async()=>{throw new a("EC2 Instance Metadata Service access disabled",{logger:e.logger})}:(e.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),i(e))})(e))()),async()=>{throw new a("Could not load credentials from any providers",{tryNextLink:!1,logger:e.logger})}],h)},2925:(e,t,r)=>{const{externalDataInterceptor:n,CredentialsProviderError:s,parseKnownFiles:i,getProfileName:o}=r(3433),{exec:a}=r(1421),{promisify:c}=r(7975),{setCredentialFeature:u}=r(490),l=async(e,t,r)=>{const i=t[e]
if(!t[e])throw new s(`Profile ${e} could not be found in shared credentials file.`,{logger:r})
{const o=i.credential_process
if(void 0===o)throw new s(`Profile ${e} did not contain credential_process.`,{logger:r})
{const i=c(n?.getTokenRecord?.().exec??a)
try{const{stdout:r}=await i(o)
let n
try{n=JSON.parse(r.trim())}catch{throw Error(`Profile ${e} credential_process returned invalid JSON.`)}return((e,t,r)=>{if(1!==t.Version)throw Error(`Profile ${e} credential_process did not return Version 1.`)
if(void 0===t.AccessKeyId||void 0===t.SecretAccessKey)throw Error(`Profile ${e} credential_process returned invalid credentials.`)
if(t.Expiration){const r=new Date
if(new Date(t.Expiration)<r)throw Error(`Profile ${e} credential_process returned expired credentials.`)}let n=t.AccountId
!n&&r?.[e]?.aws_account_id&&(n=r[e].aws_account_id)
const s={accessKeyId:t.AccessKeyId,secretAccessKey:t.SecretAccessKey,...t.SessionToken&&{sessionToken:t.SessionToken},...t.Expiration&&{expiration:new Date(t.Expiration)},...t.CredentialScope&&{credentialScope:t.CredentialScope},...n&&{accountId:n}}
return u(s,"CREDENTIALS_PROCESS","w"),s})(e,n,t)}catch(e){throw new s(e.message,{logger:r})}}}}
t.fromProcess=(e={})=>async({callerClientConfig:t}={})=>{e.logger?.debug("@aws-sdk/credential-provider-process - fromProcess")
const r=await i(e)
return l(o({profile:e.profile??t?.profile}),r,e.logger)}},9592:(e,t,r)=>{const{CredentialsProviderError:n,getSSOTokenFromFile:s,getProfileName:i,parseKnownFiles:o,loadSsoSessionData:a}=r(3433),{setCredentialFeature:c}=r(490),{fromSso:u}=r(763),l=e=>e&&("string"==typeof e.sso_start_url||"string"==typeof e.sso_account_id||"string"==typeof e.sso_session||"string"==typeof e.sso_region||"string"==typeof e.sso_role_name),d=!1,h=async({ssoStartUrl:e,ssoSession:t,ssoAccountId:i,ssoRegion:o,ssoRoleName:a,ssoClient:l,clientConfig:h,parentClientConfig:f,callerClientConfig:p,profile:g,filepath:m,configFilepath:y,ignoreCache:w,logger:S})=>{let b
const E="To refresh this SSO session run aws sso login with the corresponding profile."
if(t)try{const e=await u({profile:g,filepath:m,configFilepath:y,ignoreCache:w,clientConfig:h,parentClientConfig:f,logger:S})({callerClientConfig:p})
b={accessToken:e.token,expiresAt:new Date(e.expiration).toISOString()}}catch(e){throw new n(e.message,{tryNextLink:d,logger:S})}else try{b=await s(e)}catch(e){throw new n(`The SSO session associated with this profile is invalid. ${E}`,{tryNextLink:d,logger:S})}if(new Date(b.expiresAt).getTime()-Date.now()<=0)throw new n(`The SSO session associated with this profile has expired. ${E}`,{tryNextLink:d,logger:S})
const{accessToken:v}=b,{SSOClient:C,GetRoleCredentialsCommand:A}=r(7525),T=l||new C(Object.assign({},h??{},{logger:h?.logger??p?.logger??f?.logger,region:h?.region??o,userAgentAppId:h?.userAgentAppId??p?.userAgentAppId??f?.userAgentAppId}))
let x
try{x=await T.send(new A({accountId:i,roleName:a,accessToken:v}))}catch(e){throw new n(e,{tryNextLink:d,logger:S})}const{roleCredentials:{accessKeyId:I,secretAccessKey:_,sessionToken:R,expiration:k,credentialScope:O,accountId:P}={}}=x
if(!(I&&_&&R&&k))throw new n("SSO returns an invalid temporary credential.",{tryNextLink:d,logger:S})
const N={accessKeyId:I,secretAccessKey:_,sessionToken:R,expiration:new Date(k),...O&&{credentialScope:O},...P&&{accountId:P}}
return t?c(N,"CREDENTIALS_SSO","s"):c(N,"CREDENTIALS_SSO_LEGACY","u"),N},f=(e,t)=>{const{sso_start_url:r,sso_account_id:s,sso_region:i,sso_role_name:o}=e
if(!(r&&s&&i&&o))throw new n(`Profile is configured with invalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(e).join(", ")}\nReference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,{tryNextLink:!1,logger:t})
return e}
t.fromSSO=(e={})=>async({callerClientConfig:t}={})=>{e.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO")
const{ssoStartUrl:r,ssoAccountId:s,ssoRegion:c,ssoRoleName:u,ssoSession:d}=e,{ssoClient:p}=e,g=i({profile:e.profile??t?.profile})
if(r||s||c||u||d){if(r&&s&&c&&u)return h({ssoStartUrl:r,ssoSession:d,ssoAccountId:s,ssoRegion:c,ssoRoleName:u,ssoClient:p,clientConfig:e.clientConfig,parentClientConfig:e.parentClientConfig,callerClientConfig:e.callerClientConfig,profile:g,filepath:e.filepath,configFilepath:e.configFilepath,ignoreCache:e.ignoreCache,logger:e.logger})
throw new n('Incomplete configuration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',{tryNextLink:!1,logger:e.logger})}{const t=(await o(e))[g]
if(!t)throw new n(`Profile ${g} was not found.`,{logger:e.logger})
if(!l(t))throw new n(`Profile ${g} is not configured with SSO credentials.`,{logger:e.logger})
if(t?.sso_session){const s=(await a(e))[t.sso_session],i=` configurations in profile ${g} and sso-session ${t.sso_session}`
if(c&&c!==s.sso_region)throw new n("Conflicting SSO region"+i,{tryNextLink:!1,logger:e.logger})
if(r&&r!==s.sso_start_url)throw new n("Conflicting SSO start_url"+i,{tryNextLink:!1,logger:e.logger})
t.sso_region=s.sso_region,t.sso_start_url=s.sso_start_url}const{sso_start_url:s,sso_account_id:i,sso_region:u,sso_role_name:d,sso_session:m}=f(t,e.logger)
return h({ssoStartUrl:s,ssoSession:m,ssoAccountId:i,ssoRegion:u,ssoRoleName:d,ssoClient:p,clientConfig:e.clientConfig,parentClientConfig:e.parentClientConfig,callerClientConfig:e.callerClientConfig,profile:g,filepath:e.filepath,configFilepath:e.configFilepath,ignoreCache:e.ignoreCache,logger:e.logger})}},t.isSsoProfile=l,t.validateSsoProfile=f},7525:(e,t,r)=>{const{GetRoleCredentialsCommand:n,SSOClient:s}=r(5853)
t.GetRoleCredentialsCommand=n,t.SSOClient=s},2298:(e,t,r)=>{const{setCredentialFeature:n}=r(490),{CredentialsProviderError:s,externalDataInterceptor:i}=r(3433),{readFileSync:o}=r(3024),a=e=>async t=>{e.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken")
const{roleArn:n,roleSessionName:s,webIdentityToken:i,providerId:o,policyArns:a,policy:c,durationSeconds:u}=e
let{roleAssumerWithWebIdentity:l}=e
if(!l){const{getDefaultRoleAssumerWithWebIdentity:n}=r(1838)
l=n({...e.clientConfig,credentialProviderLogger:e.logger,parentClientConfig:{...t?.callerClientConfig,...e.parentClientConfig}},e.clientPlugins)}return l({RoleArn:n,RoleSessionName:s??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:i,ProviderId:o,PolicyArns:a,Policy:c,DurationSeconds:u})},c="AWS_WEB_IDENTITY_TOKEN_FILE"
t.fromTokenFile=(e={})=>async t=>{e.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile")
const r=e?.webIdentityTokenFile??process.env[c],u=e?.roleArn??process.env.AWS_ROLE_ARN,l=e?.roleSessionName??process.env.AWS_ROLE_SESSION_NAME
if(!r||!u)throw new s("Web identity configuration not specified",{logger:e.logger})
const d=await a({...e,webIdentityToken:i?.getTokenRecord?.()[r]??o(r,{encoding:"ascii"}),roleArn:u,roleSessionName:l})(t)
return r===process.env[c]&&n(d,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),d},t.fromWebToken=a},348:(e,t,r)=>{const{awsEndpointFunctions:n,emitWarningIfUnsupportedVersion:s,createDefaultUserAgentProvider:i,getDefaultSocketTimeout:o,NODE_APP_ID_CONFIG_OPTIONS:a,getAwsRegionExtensionConfiguration:c,resolveAwsRegionExtensionConfiguration:u,resolveUserAgentConfig:l,resolveHostHeaderConfig:d,getUserAgentPlugin:h,getHostHeaderPlugin:f,getLoggerPlugin:p,getRecursionDetectionPlugin:g}=r(490),{NoAuthSigner:m,getHttpAuthSchemeEndpointRuleSetPlugin:y,DefaultIdentityProviderConfig:w,getHttpSigningPlugin:S}=r(7996),{normalizeProvider:b,getSmithyContext:E,ServiceException:v,NoOpLogger:C,emitWarningIfUnsupportedVersion:A,loadConfigsForDefaultMode:T,getDefaultExtensionConfiguration:x,resolveDefaultRuntimeConfig:I,Client:_,makeBuilder:R,createAggregatedClient:k}=r(8468),{Command:O}=r(8468)
t.$Command=O,t.__Client=_
const{resolveDefaultsModeConfig:P,loadConfig:N,NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS:D,NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS:M,NODE_REGION_CONFIG_OPTIONS:$,NODE_REGION_CONFIG_FILE_OPTIONS:U,resolveRegionConfig:F}=r(3433),{BinaryDecisionDiagram:L,EndpointCache:B,decideEndpoint:z,customEndpointFunctions:H,resolveEndpointConfig:j,getEndpointPlugin:V}=r(7003),{parseUrl:q,getHttpHandlerExtensionConfiguration:W,resolveHttpHandlerRuntimeConfig:G,getContentLengthPlugin:K}=r(284),{DEFAULT_RETRY_MODE:J,NODE_RETRY_MODE_CONFIG_OPTIONS:Q,NODE_MAX_ATTEMPT_CONFIG_OPTIONS:Y,resolveRetryConfig:X,getRetryPlugin:Z}=r(8367),{TypeRegistry:ee,getSchemaSerdePlugin:te}=r(2692),{resolveAwsSdkSigV4Config:re,AwsSdkSigV4Signer:ne,NODE_AUTH_SCHEME_PREFERENCE_OPTIONS:se}=r(1877),{toUtf8:ie,fromUtf8:oe,toBase64:ae,fromBase64:ce,calculateBodyLength:ue}=r(1892),{streamCollector:le,NodeHttpHandler:de}=r(7105),{AwsRestJsonProtocol:he}=r(8150),{Sha256:fe}=r(9128),pe=async(e,t,r)=>({operation:E(t).operation,region:await b(e.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()})
const ge=e=>{const t=[]
if("CreateOAuth2Token"===e.operation)t.push({schemeId:"smithy.api#noAuth"})
else t.push(function(e){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"signin",region:e.region},propertiesExtractor:(e,t)=>({signingProperties:{config:e,context:t}})}}(e))
return t}
var me="3.998.4"
const ye="ref",we=-1,Se=!1,be=!0,Ee="isSet",ve="booleanEquals",Ce="coalesce",Ae="PartitionResult",Te="stringEquals",xe="getAttr",Ie="https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}",_e={[ye]:"Endpoint"},Re={fn:xe,argv:[{[ye]:Ae},"name"]},ke={[ye]:"Region"},Oe={[ye]:Ae},Pe={authSchemes:[{name:"sigv4",signingName:"signin",signingRegion:"{Region}"}]},Ne={},De=[ke],Me={conditions:[[Ee,De],[ve,[{fn:Ce,argv:[{[ye]:"IsControlPlane"},Se]},be]],[Ee,[_e]],["aws.partition",De,Ae],[ve,[{[ye]:"UseFIPS"},be]],[Te,[Re,"aws"]],[ve,[{fn:Ce,argv:[{[ye]:"IsOAuthEndpoint"},Se]},be]],[ve,[{[ye]:"UseDualStack"},be]],[Te,[Re,"aws-cn"]],[Te,[ke,"us-gov-west-1"]],[Te,[Re,"aws-us-gov"]],[ve,[{fn:xe,argv:[Oe,"supportsFIPS"]},be]],[Te,[Re,"aws-iso"]],[Te,[Re,"aws-iso-b"]],[Te,[Re,"aws-iso-f"]],[Te,[Re,"aws-iso-e"]],[Te,[Re,"aws-eusc"]],[ve,[{fn:xe,argv:[Oe,"supportsDualStack"]},be]]],results:[[we],["https://signin.{Region}.api.aws",Pe],["https://signin.{Region}.api.amazonwebservices.com.cn",Pe],[Ie,Pe],[we,"FIPS endpoints are not supported for OAuth operations. Disable FIPS or use a non-OAuth operation."],["https://{Region}.oauth.signin.aws",Pe],["https://{Region}.signin.aws.amazon.com",Ne],["https://{Region}.signin.amazonaws.cn",Ne],["https://{Region}.signin.amazonaws-us-gov.com",Ne],["https://{Region}.signin.c2shome.ic.gov",Ne],["https://{Region}.signin.sc2shome.sgov.gov",Ne],["https://{Region}.signin.csphome.hci.ic.gov",Ne],["https://{Region}.signin.csphome.adc-e.uk",Ne],["https://{Region}.signin.amazonaws-eusc.eu",Ne],["https://signin-fips.amazonaws-us-gov.com",Ne],["https://{Region}.signin-fips.amazonaws-us-gov.com",Ne],["https://{Region}.signin.{PartitionResult#dnsSuffix}",Ne],[we,"Invalid Configuration: FIPS and custom endpoint are not supported"],[we,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[_e,Ne],["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Ne],[we,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}",Ne],[we,"FIPS is enabled but this partition does not support FIPS"],[Ie,Ne],[we,"DualStack is enabled but this partition does not support DualStack"],["https://signin.{Region}.{PartitionResult#dnsSuffix}",Ne],[we,"Invalid Configuration: Missing Region"]]},$e=1e8,Ue=new Int32Array([-1,1,-1,0,6,3,2,36,4,4,5,$e+27,6,$e+4,$e+27,1,29,7,2,36,8,3,9,31,4,22,10,5,19,11,7,21,12,8,$e+7,13,10,$e+8,14,12,$e+9,15,13,$e+10,16,14,$e+11,17,15,$e+12,18,16,$e+13,$e+16,6,$e+5,20,7,21,$e+6,17,$e+24,$e+25,6,$e+4,23,7,27,24,9,$e+14,25,10,$e+15,26,11,$e+22,$e+23,11,28,$e+21,17,$e+20,$e+21,2,35,30,3,39,31,4,32,$e+27,6,$e+4,33,7,$e+27,34,9,$e+14,$e+27,3,39,36,4,38,37,7,$e+18,$e+19,6,$e+4,$e+17,5,$e+1,40,8,$e+2,$e+3]),Fe=L.from(Ue,2,Me.conditions,Me.results),Le=new B({size:50,params:["Endpoint","IsControlPlane","IsOAuthEndpoint","Region","UseDualStack","UseFIPS"]}),Be=(e,t={})=>Le.get(e,()=>z(Fe,{endpointParams:e,logger:t.logger}))
H.aws=n
class ze extends v{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException"
constructor(e){super(e),Object.setPrototypeOf(this,ze.prototype)}}class He extends ze{static shapeId="com.amazonaws.signin#AccessDeniedException"
name="AccessDeniedException"
$fault="client"
error
constructor(e){super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,He.prototype),this.error=e.error}}class je extends ze{static shapeId="com.amazonaws.signin#InternalServerException"
name="InternalServerException"
$fault="server"
error
constructor(e){super({name:"InternalServerException",$fault:"server",...e}),Object.setPrototypeOf(this,je.prototype),this.error=e.error}}class Ve extends ze{static shapeId="com.amazonaws.signin#TooManyRequestsError"
name="TooManyRequestsError"
$fault="client"
error
constructor(e){super({name:"TooManyRequestsError",$fault:"client",...e}),Object.setPrototypeOf(this,Ve.prototype),this.error=e.error}}class qe extends ze{static shapeId="com.amazonaws.signin#ValidationException"
name="ValidationException"
$fault="client"
error
constructor(e){super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,qe.prototype),this.error=e.error}}const We="accessKeyId",Ge="accessToken",Ke="client",Je="clientId",Qe="codeVerifier",Ye="error",Xe="expiresIn",Ze="grantType",et="http",tt="httpError",rt="idToken",nt="jsonName",st="message",it="refreshToken",ot="redirectUri",at="smithy.ts.sdk.synthetic.com.amazonaws.signin",ct="secretAccessKey",ut="sessionToken",lt="tokenType",dt="com.amazonaws.signin",ht=new ee(at)
var ft=[-3,at,"SigninServiceException",0,[],[]]
ht.registerError(ft,ze)
const pt=new ee(dt)
var gt=[-3,dt,"AccessDeniedException",{[Ye]:Ke},[Ye,st],[0,0],2]
pt.registerError(gt,He)
var mt=[-3,dt,"InternalServerException",{[Ye]:"server",[tt]:500},[Ye,st],[0,0],2]
pt.registerError(mt,je)
var yt=[-3,dt,"TooManyRequestsError",{[Ye]:Ke,[tt]:429},[Ye,st],[0,0],2]
pt.registerError(yt,Ve)
var wt=[-3,dt,"ValidationException",{[Ye]:Ke,[tt]:400},[Ye,st],[0,0],2]
pt.registerError(wt,qe)
const St=[ht,pt]
var bt=[0,dt,"OAuthAccessToken",8,0],Et=[0,dt,"RefreshToken",8,0],vt=[3,dt,"AccessToken",8,[We,ct,ut],[[0,{[nt]:We}],[0,{[nt]:ct}],[0,{[nt]:ut}]],3],Ct=[3,dt,"CreateOAuth2TokenRequest",0,["tokenInput"],[[()=>At,16]],1],At=[3,dt,"CreateOAuth2TokenRequestBody",0,[Je,Ze,"code",ot,Qe,it],[[0,{[nt]:Je}],[0,{[nt]:Ze}],0,[0,{[nt]:ot}],[0,{[nt]:Qe}],[()=>Et,{[nt]:it}]],2],Tt=[3,dt,"CreateOAuth2TokenResponse",0,["tokenOutput"],[[()=>xt,16]],1],xt=[3,dt,"CreateOAuth2TokenResponseBody",0,[Ge,lt,Xe,it,rt],[[()=>vt,{[nt]:Ge}],[0,{[nt]:lt}],[1,{[nt]:Xe}],[()=>Et,{[nt]:it}],[0,{[nt]:rt}]],4],It=[3,dt,"CreateOAuth2TokenWithIAMRequest",0,[Ze,"resource"],[[0,{[nt]:"grant_type"}],0],2],_t=[3,dt,"CreateOAuth2TokenWithIAMResponse",0,[Ge,lt,Xe],[[()=>bt,{[nt]:"access_token"}],[0,{[nt]:"token_type"}],[1,{[nt]:"expires_in"}]],3],Rt=[9,dt,"CreateOAuth2Token",{[et]:["POST","/v1/token",200]},()=>Ct,()=>Tt],kt=[9,dt,"CreateOAuth2TokenWithIAM",{[et]:["POST","/v1/token?x-amz-client-auth-method=iam",200]},()=>It,()=>_t]
const Ot=e=>{A(process.version)
const t=P(e),r=()=>t().then(T),n=(e=>({apiVersion:"2023-01-01",base64Decoder:e?.base64Decoder??ce,base64Encoder:e?.base64Encoder??ae,disableHostPrefix:e?.disableHostPrefix??!1,endpointProvider:e?.endpointProvider??Be,extensions:e?.extensions??[],httpAuthSchemeProvider:e?.httpAuthSchemeProvider??ge,httpAuthSchemes:e?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new m}],logger:e?.logger??new C,protocol:e?.protocol??he,protocolSettings:e?.protocolSettings??{defaultNamespace:"com.amazonaws.signin",errorTypeRegistries:St,version:"2023-01-01",serviceTarget:"Signin"},serviceId:e?.serviceId??"Signin",sha256:e?.sha256??fe,urlParser:e?.urlParser??q,utf8Decoder:e?.utf8Decoder??oe,utf8Encoder:e?.utf8Encoder??ie}))(e)
s(process.version)
const c={profile:e?.profile,logger:n.logger}
return{...n,...e,runtime:"node",defaultsMode:t,authSchemePreference:e?.authSchemePreference??N(se,c),bodyLengthChecker:e?.bodyLengthChecker??ue,defaultSocketTimeout:o(e?.requestHandler,3e5),defaultUserAgentProvider:e?.defaultUserAgentProvider??i({serviceId:n.serviceId,clientVersion:me}),maxAttempts:e?.maxAttempts??N(Y,e),region:e?.region??N($,{...U,...c}),requestHandler:de.create(e?.requestHandler??r),retryMode:e?.retryMode??N({...Q,default:async()=>(await r()).retryMode||J},e),streamCollector:e?.streamCollector??le,useDualstackEndpoint:e?.useDualstackEndpoint??N(M,c),useFipsEndpoint:e?.useFipsEndpoint??N(D,c),userAgentAppId:e?.userAgentAppId??N(a,c)}}
class Pt extends _{config
constructor(...[e]){const t=Ot(e||{})
super(t),this.initConfig=t
const r=(n=t,Object.assign(n,{useDualstackEndpoint:n.useDualstackEndpoint??!1,useFipsEndpoint:n.useFipsEndpoint??!1,defaultSigningName:"signin"}))
var n
const s=l(r),i=X(s),o=F(i),a=d(o),m=((e,t)=>{const r=Object.assign(c(e),x(e),W(e),(e=>{const t=e.httpAuthSchemes
let r=e.httpAuthSchemeProvider,n=e.credentials
return{setHttpAuthScheme(e){const r=t.findIndex(t=>t.schemeId===e.schemeId);-1===r?t.push(e):t.splice(r,1,e)},httpAuthSchemes:()=>t,setHttpAuthSchemeProvider(e){r=e},httpAuthSchemeProvider:()=>r,setCredentials(e){n=e},credentials:()=>n}})(e))
return t.forEach(e=>e.configure(r)),Object.assign(e,u(r),I(r),G(r),{httpAuthSchemes:(n=r).httpAuthSchemes(),httpAuthSchemeProvider:n.httpAuthSchemeProvider(),credentials:n.credentials()})
var n})((e=>{const t=re(e)
return Object.assign(t,{authSchemePreference:b(e.authSchemePreference??[])})})(j(a)),e?.extensions||[])
this.config=m,this.middlewareStack.use(te(this.config)),this.middlewareStack.use(h(this.config)),this.middlewareStack.use(Z(this.config)),this.middlewareStack.use(K(this.config)),this.middlewareStack.use(f(this.config)),this.middlewareStack.use(p(this.config)),this.middlewareStack.use(g(this.config)),this.middlewareStack.use(y(this.config,{httpAuthSchemeParametersProvider:pe,identityProviderConfigProvider:async e=>new w({"aws.auth#sigv4":e.credentials})})),this.middlewareStack.use(S(this.config))}destroy(){super.destroy()}}const Nt=R({UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}},"Signin","SigninClient",V),Dt={IsControlPlane:{type:"staticContextParams",value:!1}},Mt={IsOAuthEndpoint:{type:"staticContextParams",value:!0}},$t=(e,t,r,n)=>[]
class Ut extends(Nt(Dt,$t,"CreateOAuth2Token",Rt)){}class Ft extends(Nt(Mt,$t,"CreateOAuth2TokenWithIAM",kt)){}const Lt={CreateOAuth2TokenCommand:Ut,CreateOAuth2TokenWithIAMCommand:Ft}
class Bt extends Pt{}k(Lt,Bt)
t.AccessDeniedException=He,t.AccessDeniedException$=gt,t.AccessToken$=vt,t.CreateOAuth2Token$=Rt,t.CreateOAuth2TokenCommand=Ut,t.CreateOAuth2TokenRequest$=Ct,t.CreateOAuth2TokenRequestBody$=At,t.CreateOAuth2TokenResponse$=Tt,t.CreateOAuth2TokenResponseBody$=xt,t.CreateOAuth2TokenWithIAM$=kt,t.CreateOAuth2TokenWithIAMCommand=Ft,t.CreateOAuth2TokenWithIAMRequest$=It,t.CreateOAuth2TokenWithIAMResponse$=_t,t.InternalServerException=je,t.InternalServerException$=mt,t.OAuth2ErrorCode={AUTHCODE_EXPIRED:"AUTHCODE_EXPIRED",CONFLICT:"CONFLICT",INSUFFICIENT_PERMISSIONS:"INSUFFICIENT_PERMISSIONS",INVALID_REQUEST:"INVALID_REQUEST",OAUTH_INVALID_CLIENT:"invalid_client",OAUTH_INVALID_GRANT:"invalid_grant",OAUTH_INVALID_REQUEST:"invalid_request",OAUTH_INVALID_SCOPE:"invalid_scope",OAUTH_INVALID_TARGET:"invalid_target",OAUTH_RATE_EXCEEDED:"rate_exceeded",OAUTH_SERVICE_UNAVAILABLE:"service_unavailable",OAUTH_UNSUPPORTED_GRANT_TYPE:"unsupported_grant_type",RESOURCE_NOT_FOUND:"RESOURCE_NOT_FOUND",SERVER_ERROR:"server_error",SERVICE_QUOTA_EXCEEDED:"SERVICE_QUOTA_EXCEEDED",TOKEN_EXPIRED:"TOKEN_EXPIRED",USER_CREDENTIALS_CHANGED:"USER_CREDENTIALS_CHANGED"},t.Signin=Bt,t.SigninClient=Pt,t.SigninServiceException=ze,t.SigninServiceException$=ft,t.TooManyRequestsError=Ve,t.TooManyRequestsError$=yt,t.ValidationException=qe,t.ValidationException$=wt,t.errorTypeRegistries=St},3305:(e,t,r)=>{const{awsEndpointFunctions:n,emitWarningIfUnsupportedVersion:s,createDefaultUserAgentProvider:i,getDefaultSocketTimeout:o,NODE_APP_ID_CONFIG_OPTIONS:a,getAwsRegionExtensionConfiguration:c,resolveAwsRegionExtensionConfiguration:u,resolveUserAgentConfig:l,resolveHostHeaderConfig:d,getUserAgentPlugin:h,getHostHeaderPlugin:f,getLoggerPlugin:p,getRecursionDetectionPlugin:g}=r(490),{NoAuthSigner:m,getHttpAuthSchemeEndpointRuleSetPlugin:y,DefaultIdentityProviderConfig:w,getHttpSigningPlugin:S}=r(7996),{normalizeProvider:b,getSmithyContext:E,ServiceException:v,NoOpLogger:C,emitWarningIfUnsupportedVersion:A,loadConfigsForDefaultMode:T,getDefaultExtensionConfiguration:x,resolveDefaultRuntimeConfig:I,Client:_,makeBuilder:R,createAggregatedClient:k}=r(8468),{Command:O}=r(8468)
t.$Command=O,t.__Client=_
const{resolveDefaultsModeConfig:P,loadConfig:N,NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS:D,NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS:M,NODE_REGION_CONFIG_OPTIONS:$,NODE_REGION_CONFIG_FILE_OPTIONS:U,resolveRegionConfig:F}=r(3433),{BinaryDecisionDiagram:L,EndpointCache:B,decideEndpoint:z,customEndpointFunctions:H,resolveEndpointConfig:j,getEndpointPlugin:V}=r(7003),{parseUrl:q,getHttpHandlerExtensionConfiguration:W,resolveHttpHandlerRuntimeConfig:G,getContentLengthPlugin:K}=r(284),{DEFAULT_RETRY_MODE:J,NODE_RETRY_MODE_CONFIG_OPTIONS:Q,NODE_MAX_ATTEMPT_CONFIG_OPTIONS:Y,resolveRetryConfig:X,getRetryPlugin:Z}=r(8367),{TypeRegistry:ee,getSchemaSerdePlugin:te}=r(2692),{resolveAwsSdkSigV4Config:re,AwsSdkSigV4Signer:ne,NODE_AUTH_SCHEME_PREFERENCE_OPTIONS:se}=r(1877),{toUtf8:ie,fromUtf8:oe,toBase64:ae,fromBase64:ce,calculateBodyLength:ue}=r(1892),{streamCollector:le,NodeHttpHandler:de}=r(7105),{AwsRestJsonProtocol:he}=r(8150),{Sha256:fe}=r(9128),pe=async(e,t,r)=>({operation:E(t).operation,region:await b(e.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()})
const ge=e=>{const t=[]
if("CreateToken"===e.operation)t.push({schemeId:"smithy.api#noAuth"})
else t.push(function(e){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sso-oauth",region:e.region},propertiesExtractor:(e,t)=>({signingProperties:{config:e,context:t}})}}(e))
return t}
var me="3.998.4"
const ye="ref",we=-1,Se=!0,be="isSet",Ee="PartitionResult",ve="booleanEquals",Ce="getAttr",Ae={[ye]:"Endpoint"},Te={[ye]:Ee},xe={},Ie=[{[ye]:"Region"}],_e={conditions:[[be,[Ae]],[be,Ie],["aws.partition",Ie,Ee],[ve,[{[ye]:"UseFIPS"},Se]],[ve,[{[ye]:"UseDualStack"},Se]],[ve,[{fn:Ce,argv:[Te,"supportsDualStack"]},Se]],[ve,[{fn:Ce,argv:[Te,"supportsFIPS"]},Se]],["stringEquals",[{fn:Ce,argv:[Te,"name"]},"aws-us-gov"]]],results:[[we],[we,"Invalid Configuration: FIPS and custom endpoint are not supported"],[we,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[Ae,xe],["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",xe],[we,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://oidc.{Region}.amazonaws.com",xe],["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}",xe],[we,"FIPS is enabled but this partition does not support FIPS"],["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}",xe],[we,"DualStack is enabled but this partition does not support DualStack"],["https://oidc.{Region}.{PartitionResult#dnsSuffix}",xe],[we,"Invalid Configuration: Missing Region"]]},Re=1e8,ke=new Int32Array([-1,1,-1,0,13,3,1,4,Re+12,2,5,Re+12,3,8,6,4,7,Re+11,5,Re+9,Re+10,4,11,9,6,10,Re+8,7,Re+6,Re+7,5,12,Re+5,6,Re+4,Re+5,3,Re+1,14,4,Re+2,Re+3]),Oe=L.from(ke,2,_e.conditions,_e.results),Pe=new B({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),Ne=(e,t={})=>Pe.get(e,()=>z(Oe,{endpointParams:e,logger:t.logger}))
H.aws=n
class De extends v{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException"
constructor(e){super(e),Object.setPrototypeOf(this,De.prototype)}}class Me extends De{static shapeId="com.amazonaws.ssooidc#AccessDeniedException"
name="AccessDeniedException"
$fault="client"
error
reason
error_description
constructor(e){super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,Me.prototype),this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}}class $e extends De{static shapeId="com.amazonaws.ssooidc#AuthorizationPendingException"
name="AuthorizationPendingException"
$fault="client"
error
error_description
constructor(e){super({name:"AuthorizationPendingException",$fault:"client",...e}),Object.setPrototypeOf(this,$e.prototype),this.error=e.error,this.error_description=e.error_description}}class Ue extends De{static shapeId="com.amazonaws.ssooidc#ExpiredTokenException"
name="ExpiredTokenException"
$fault="client"
error
error_description
constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,Ue.prototype),this.error=e.error,this.error_description=e.error_description}}class Fe extends De{static shapeId="com.amazonaws.ssooidc#InternalServerException"
name="InternalServerException"
$fault="server"
error
error_description
constructor(e){super({name:"InternalServerException",$fault:"server",...e}),Object.setPrototypeOf(this,Fe.prototype),this.error=e.error,this.error_description=e.error_description}}class Le extends De{static shapeId="com.amazonaws.ssooidc#InvalidClientException"
name="InvalidClientException"
$fault="client"
error
error_description
constructor(e){super({name:"InvalidClientException",$fault:"client",...e}),Object.setPrototypeOf(this,Le.prototype),this.error=e.error,this.error_description=e.error_description}}class Be extends De{static shapeId="com.amazonaws.ssooidc#InvalidGrantException"
name="InvalidGrantException"
$fault="client"
error
error_description
constructor(e){super({name:"InvalidGrantException",$fault:"client",...e}),Object.setPrototypeOf(this,Be.prototype),this.error=e.error,this.error_description=e.error_description}}class ze extends De{static shapeId="com.amazonaws.ssooidc#InvalidRequestException"
name="InvalidRequestException"
$fault="client"
error
reason
error_description
constructor(e){super({name:"InvalidRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,ze.prototype),this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}}class He extends De{static shapeId="com.amazonaws.ssooidc#InvalidScopeException"
name="InvalidScopeException"
$fault="client"
error
error_description
constructor(e){super({name:"InvalidScopeException",$fault:"client",...e}),Object.setPrototypeOf(this,He.prototype),this.error=e.error,this.error_description=e.error_description}}class je extends De{static shapeId="com.amazonaws.ssooidc#SlowDownException"
name="SlowDownException"
$fault="client"
error
error_description
constructor(e){super({name:"SlowDownException",$fault:"client",...e}),Object.setPrototypeOf(this,je.prototype),this.error=e.error,this.error_description=e.error_description}}class Ve extends De{static shapeId="com.amazonaws.ssooidc#UnauthorizedClientException"
name="UnauthorizedClientException"
$fault="client"
error
error_description
constructor(e){super({name:"UnauthorizedClientException",$fault:"client",...e}),Object.setPrototypeOf(this,Ve.prototype),this.error=e.error,this.error_description=e.error_description}}class qe extends De{static shapeId="com.amazonaws.ssooidc#UnsupportedGrantTypeException"
name="UnsupportedGrantTypeException"
$fault="client"
error
error_description
constructor(e){super({name:"UnsupportedGrantTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,qe.prototype),this.error=e.error,this.error_description=e.error_description}}const We="client",Ge="error",Ke="error_description",Je="http",Qe="httpError",Ye="reason",Xe="refreshToken",Ze="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc",et="com.amazonaws.ssooidc",tt=new ee(Ze)
var rt=[-3,Ze,"SSOOIDCServiceException",0,[],[]]
tt.registerError(rt,De)
const nt=new ee(et)
var st=[-3,et,"AccessDeniedException",{[Ge]:We,[Qe]:400},[Ge,Ye,Ke],[0,0,0]]
nt.registerError(st,Me)
var it=[-3,et,"AuthorizationPendingException",{[Ge]:We,[Qe]:400},[Ge,Ke],[0,0]]
nt.registerError(it,$e)
var ot=[-3,et,"ExpiredTokenException",{[Ge]:We,[Qe]:400},[Ge,Ke],[0,0]]
nt.registerError(ot,Ue)
var at=[-3,et,"InternalServerException",{[Ge]:"server",[Qe]:500},[Ge,Ke],[0,0]]
nt.registerError(at,Fe)
var ct=[-3,et,"InvalidClientException",{[Ge]:We,[Qe]:401},[Ge,Ke],[0,0]]
nt.registerError(ct,Le)
var ut=[-3,et,"InvalidGrantException",{[Ge]:We,[Qe]:400},[Ge,Ke],[0,0]]
nt.registerError(ut,Be)
var lt=[-3,et,"InvalidRequestException",{[Ge]:We,[Qe]:400},[Ge,Ye,Ke],[0,0,0]]
nt.registerError(lt,ze)
var dt=[-3,et,"InvalidScopeException",{[Ge]:We,[Qe]:400},[Ge,Ke],[0,0]]
nt.registerError(dt,He)
var ht=[-3,et,"SlowDownException",{[Ge]:We,[Qe]:400},[Ge,Ke],[0,0]]
nt.registerError(ht,je)
var ft=[-3,et,"UnauthorizedClientException",{[Ge]:We,[Qe]:400},[Ge,Ke],[0,0]]
nt.registerError(ft,Ve)
var pt=[-3,et,"UnsupportedGrantTypeException",{[Ge]:We,[Qe]:400},[Ge,Ke],[0,0]]
nt.registerError(pt,qe)
const gt=[tt,nt]
var mt=[0,et,"AccessToken",8,0],yt=[0,et,"ClientSecret",8,0],wt=[0,et,"CodeVerifier",8,0],St=[0,et,"IdToken",8,0],bt=[0,et,"RefreshToken",8,0],Et=[3,et,"CreateTokenRequest",0,["clientId","clientSecret","grantType","deviceCode","code",Xe,"scope","redirectUri","codeVerifier"],[0,[()=>yt,0],0,0,0,[()=>bt,0],64,0,[()=>wt,0]],3],vt=[3,et,"CreateTokenResponse",0,["accessToken","tokenType","expiresIn",Xe,"idToken"],[[()=>mt,0],0,1,[()=>bt,0],[()=>St,0]]],Ct=[9,et,"CreateToken",{[Je]:["POST","/token",200]},()=>Et,()=>vt]
const At=e=>{A(process.version)
const t=P(e),r=()=>t().then(T),n=(e=>({apiVersion:"2019-06-10",base64Decoder:e?.base64Decoder??ce,base64Encoder:e?.base64Encoder??ae,disableHostPrefix:e?.disableHostPrefix??!1,endpointProvider:e?.endpointProvider??Ne,extensions:e?.extensions??[],httpAuthSchemeProvider:e?.httpAuthSchemeProvider??ge,httpAuthSchemes:e?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new m}],logger:e?.logger??new C,protocol:e?.protocol??he,protocolSettings:e?.protocolSettings??{defaultNamespace:"com.amazonaws.ssooidc",errorTypeRegistries:gt,version:"2019-06-10",serviceTarget:"AWSSSOOIDCService"},serviceId:e?.serviceId??"SSO OIDC",sha256:e?.sha256??fe,urlParser:e?.urlParser??q,utf8Decoder:e?.utf8Decoder??oe,utf8Encoder:e?.utf8Encoder??ie}))(e)
s(process.version)
const c={profile:e?.profile,logger:n.logger}
return{...n,...e,runtime:"node",defaultsMode:t,authSchemePreference:e?.authSchemePreference??N(se,c),bodyLengthChecker:e?.bodyLengthChecker??ue,defaultSocketTimeout:o(e?.requestHandler,3e5),defaultUserAgentProvider:e?.defaultUserAgentProvider??i({serviceId:n.serviceId,clientVersion:me}),maxAttempts:e?.maxAttempts??N(Y,e),region:e?.region??N($,{...U,...c}),requestHandler:de.create(e?.requestHandler??r),retryMode:e?.retryMode??N({...Q,default:async()=>(await r()).retryMode||J},e),streamCollector:e?.streamCollector??le,useDualstackEndpoint:e?.useDualstackEndpoint??N(M,c),useFipsEndpoint:e?.useFipsEndpoint??N(D,c),userAgentAppId:e?.userAgentAppId??N(a,c)}}
class Tt extends _{config
constructor(...[e]){const t=At(e||{})
super(t),this.initConfig=t
const r=(n=t,Object.assign(n,{useDualstackEndpoint:n.useDualstackEndpoint??!1,useFipsEndpoint:n.useFipsEndpoint??!1,defaultSigningName:"sso-oauth"}))
var n
const s=l(r),i=X(s),o=F(i),a=d(o),m=((e,t)=>{const r=Object.assign(c(e),x(e),W(e),(e=>{const t=e.httpAuthSchemes
let r=e.httpAuthSchemeProvider,n=e.credentials
return{setHttpAuthScheme(e){const r=t.findIndex(t=>t.schemeId===e.schemeId);-1===r?t.push(e):t.splice(r,1,e)},httpAuthSchemes:()=>t,setHttpAuthSchemeProvider(e){r=e},httpAuthSchemeProvider:()=>r,setCredentials(e){n=e},credentials:()=>n}})(e))
return t.forEach(e=>e.configure(r)),Object.assign(e,u(r),I(r),G(r),{httpAuthSchemes:(n=r).httpAuthSchemes(),httpAuthSchemeProvider:n.httpAuthSchemeProvider(),credentials:n.credentials()})
var n})((e=>{const t=re(e)
return Object.assign(t,{authSchemePreference:b(e.authSchemePreference??[])})})(j(a)),e?.extensions||[])
this.config=m,this.middlewareStack.use(te(this.config)),this.middlewareStack.use(h(this.config)),this.middlewareStack.use(Z(this.config)),this.middlewareStack.use(K(this.config)),this.middlewareStack.use(f(this.config)),this.middlewareStack.use(p(this.config)),this.middlewareStack.use(g(this.config)),this.middlewareStack.use(y(this.config,{httpAuthSchemeParametersProvider:pe,identityProviderConfigProvider:async e=>new w({"aws.auth#sigv4":e.credentials})})),this.middlewareStack.use(S(this.config))}destroy(){super.destroy()}}const xt=R({UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}},"AWSSSOOIDCService","SSOOIDCClient",V),It={},_t=(e,t,r,n)=>[]
class Rt extends(xt(It,_t,"CreateToken",Ct)){}const kt={CreateTokenCommand:Rt}
class Ot extends Tt{}k(kt,Ot)
t.AccessDeniedException=Me,t.AccessDeniedException$=st,t.AccessDeniedExceptionReason={KMS_ACCESS_DENIED:"KMS_AccessDeniedException"},t.AuthorizationPendingException=$e,t.AuthorizationPendingException$=it,t.CreateToken$=Ct,t.CreateTokenCommand=Rt,t.CreateTokenRequest$=Et,t.CreateTokenResponse$=vt,t.ExpiredTokenException=Ue,t.ExpiredTokenException$=ot,t.InternalServerException=Fe,t.InternalServerException$=at,t.InvalidClientException=Le,t.InvalidClientException$=ct,t.InvalidGrantException=Be,t.InvalidGrantException$=ut,t.InvalidRequestException=ze,t.InvalidRequestException$=lt,t.InvalidRequestExceptionReason={KMS_DISABLED_KEY:"KMS_DisabledException",KMS_INVALID_KEY_USAGE:"KMS_InvalidKeyUsageException",KMS_INVALID_STATE:"KMS_InvalidStateException",KMS_KEY_NOT_FOUND:"KMS_NotFoundException"},t.InvalidScopeException=He,t.InvalidScopeException$=dt,t.SSOOIDC=Ot,t.SSOOIDCClient=Tt,t.SSOOIDCServiceException=De,t.SSOOIDCServiceException$=rt,t.SlowDownException=je,t.SlowDownException$=ht,t.UnauthorizedClientException=Ve,t.UnauthorizedClientException$=ft,t.UnsupportedGrantTypeException=qe,t.UnsupportedGrantTypeException$=pt,t.errorTypeRegistries=gt},5853:(e,t,r)=>{const{awsEndpointFunctions:n,emitWarningIfUnsupportedVersion:s,createDefaultUserAgentProvider:i,getDefaultSocketTimeout:o,NODE_APP_ID_CONFIG_OPTIONS:a,getAwsRegionExtensionConfiguration:c,resolveAwsRegionExtensionConfiguration:u,resolveUserAgentConfig:l,resolveHostHeaderConfig:d,getUserAgentPlugin:h,getHostHeaderPlugin:f,getLoggerPlugin:p,getRecursionDetectionPlugin:g}=r(490),{NoAuthSigner:m,getHttpAuthSchemeEndpointRuleSetPlugin:y,DefaultIdentityProviderConfig:w,getHttpSigningPlugin:S}=r(7996),{normalizeProvider:b,getSmithyContext:E,ServiceException:v,NoOpLogger:C,emitWarningIfUnsupportedVersion:A,loadConfigsForDefaultMode:T,getDefaultExtensionConfiguration:x,resolveDefaultRuntimeConfig:I,Client:_,makeBuilder:R,createAggregatedClient:k}=r(8468),{Command:O}=r(8468)
t.$Command=O,t.__Client=_
const{resolveDefaultsModeConfig:P,loadConfig:N,NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS:D,NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS:M,NODE_REGION_CONFIG_OPTIONS:$,NODE_REGION_CONFIG_FILE_OPTIONS:U,resolveRegionConfig:F}=r(3433),{BinaryDecisionDiagram:L,EndpointCache:B,decideEndpoint:z,customEndpointFunctions:H,resolveEndpointConfig:j,getEndpointPlugin:V}=r(7003),{parseUrl:q,getHttpHandlerExtensionConfiguration:W,resolveHttpHandlerRuntimeConfig:G,getContentLengthPlugin:K}=r(284),{DEFAULT_RETRY_MODE:J,NODE_RETRY_MODE_CONFIG_OPTIONS:Q,NODE_MAX_ATTEMPT_CONFIG_OPTIONS:Y,resolveRetryConfig:X,getRetryPlugin:Z}=r(8367),{TypeRegistry:ee,getSchemaSerdePlugin:te}=r(2692),{resolveAwsSdkSigV4Config:re,AwsSdkSigV4Signer:ne,NODE_AUTH_SCHEME_PREFERENCE_OPTIONS:se}=r(1877),{toUtf8:ie,fromUtf8:oe,toBase64:ae,fromBase64:ce,calculateBodyLength:ue}=r(1892),{streamCollector:le,NodeHttpHandler:de}=r(7105),{AwsRestJsonProtocol:he}=r(8150),{Sha256:fe}=r(9128),pe=async(e,t,r)=>({operation:E(t).operation,region:await b(e.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()})
const ge=e=>{const t=[]
if("GetRoleCredentials"===e.operation)t.push({schemeId:"smithy.api#noAuth"})
else t.push(function(e){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"awsssoportal",region:e.region},propertiesExtractor:(e,t)=>({signingProperties:{config:e,context:t}})}}(e))
return t}
var me="3.998.4"
const ye="ref",we=-1,Se=!0,be="isSet",Ee="PartitionResult",ve="booleanEquals",Ce="getAttr",Ae={[ye]:"Endpoint"},Te={[ye]:Ee},xe={},Ie=[{[ye]:"Region"}],_e={conditions:[[be,[Ae]],[be,Ie],["aws.partition",Ie,Ee],[ve,[{[ye]:"UseFIPS"},Se]],[ve,[{[ye]:"UseDualStack"},Se]],[ve,[{fn:Ce,argv:[Te,"supportsDualStack"]},Se]],[ve,[{fn:Ce,argv:[Te,"supportsFIPS"]},Se]],["stringEquals",[{fn:Ce,argv:[Te,"name"]},"aws-us-gov"]]],results:[[we],[we,"Invalid Configuration: FIPS and custom endpoint are not supported"],[we,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[Ae,xe],["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",xe],[we,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://portal.sso.{Region}.amazonaws.com",xe],["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}",xe],[we,"FIPS is enabled but this partition does not support FIPS"],["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",xe],[we,"DualStack is enabled but this partition does not support DualStack"],["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}",xe],[we,"Invalid Configuration: Missing Region"]]},Re=1e8,ke=new Int32Array([-1,1,-1,0,13,3,1,4,Re+12,2,5,Re+12,3,8,6,4,7,Re+11,5,Re+9,Re+10,4,11,9,6,10,Re+8,7,Re+6,Re+7,5,12,Re+5,6,Re+4,Re+5,3,Re+1,14,4,Re+2,Re+3]),Oe=L.from(ke,2,_e.conditions,_e.results),Pe=new B({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),Ne=(e,t={})=>Pe.get(e,()=>z(Oe,{endpointParams:e,logger:t.logger}))
H.aws=n
class De extends v{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException"
constructor(e){super(e),Object.setPrototypeOf(this,De.prototype)}}class Me extends De{static shapeId="com.amazonaws.sso#InvalidRequestException"
name="InvalidRequestException"
$fault="client"
constructor(e){super({name:"InvalidRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,Me.prototype)}}class $e extends De{static shapeId="com.amazonaws.sso#ResourceNotFoundException"
name="ResourceNotFoundException"
$fault="client"
constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,$e.prototype)}}class Ue extends De{static shapeId="com.amazonaws.sso#TooManyRequestsException"
name="TooManyRequestsException"
$fault="client"
constructor(e){super({name:"TooManyRequestsException",$fault:"client",...e}),Object.setPrototypeOf(this,Ue.prototype)}}class Fe extends De{static shapeId="com.amazonaws.sso#UnauthorizedException"
name="UnauthorizedException"
$fault="client"
constructor(e){super({name:"UnauthorizedException",$fault:"client",...e}),Object.setPrototypeOf(this,Fe.prototype)}}const Le="client",Be="error",ze="http",He="httpError",je="httpHeader",Ve="httpQuery",qe="message",We="smithy.ts.sdk.synthetic.com.amazonaws.sso",Ge="com.amazonaws.sso",Ke=new ee(We)
var Je=[-3,We,"SSOServiceException",0,[],[]]
Ke.registerError(Je,De)
const Qe=new ee(Ge)
var Ye=[-3,Ge,"InvalidRequestException",{[Be]:Le,[He]:400},[qe],[0]]
Qe.registerError(Ye,Me)
var Xe=[-3,Ge,"ResourceNotFoundException",{[Be]:Le,[He]:404},[qe],[0]]
Qe.registerError(Xe,$e)
var Ze=[-3,Ge,"TooManyRequestsException",{[Be]:Le,[He]:429},[qe],[0]]
Qe.registerError(Ze,Ue)
var et=[-3,Ge,"UnauthorizedException",{[Be]:Le,[He]:401},[qe],[0]]
Qe.registerError(et,Fe)
const tt=[Ke,Qe]
var rt=[0,Ge,"AccessTokenType",8,0],nt=[0,Ge,"SecretAccessKeyType",8,0],st=[0,Ge,"SessionTokenType",8,0],it=[3,Ge,"GetRoleCredentialsRequest",0,["roleName","accountId","accessToken"],[[0,{[Ve]:"role_name"}],[0,{[Ve]:"account_id"}],[()=>rt,{[je]:"x-amz-sso_bearer_token"}]],3],ot=[3,Ge,"GetRoleCredentialsResponse",0,["roleCredentials"],[[()=>at,0]]],at=[3,Ge,"RoleCredentials",0,["accessKeyId","secretAccessKey","sessionToken","expiration"],[0,[()=>nt,0],[()=>st,0],1]],ct=[9,Ge,"GetRoleCredentials",{[ze]:["GET","/federation/credentials",200]},()=>it,()=>ot]
const ut=e=>{A(process.version)
const t=P(e),r=()=>t().then(T),n=(e=>({apiVersion:"2019-06-10",base64Decoder:e?.base64Decoder??ce,base64Encoder:e?.base64Encoder??ae,disableHostPrefix:e?.disableHostPrefix??!1,endpointProvider:e?.endpointProvider??Ne,extensions:e?.extensions??[],httpAuthSchemeProvider:e?.httpAuthSchemeProvider??ge,httpAuthSchemes:e?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new m}],logger:e?.logger??new C,protocol:e?.protocol??he,protocolSettings:e?.protocolSettings??{defaultNamespace:"com.amazonaws.sso",errorTypeRegistries:tt,version:"2019-06-10",serviceTarget:"SWBPortalService"},serviceId:e?.serviceId??"SSO",sha256:e?.sha256??fe,urlParser:e?.urlParser??q,utf8Decoder:e?.utf8Decoder??oe,utf8Encoder:e?.utf8Encoder??ie}))(e)
s(process.version)
const c={profile:e?.profile,logger:n.logger}
return{...n,...e,runtime:"node",defaultsMode:t,authSchemePreference:e?.authSchemePreference??N(se,c),bodyLengthChecker:e?.bodyLengthChecker??ue,defaultSocketTimeout:o(e?.requestHandler,3e5),defaultUserAgentProvider:e?.defaultUserAgentProvider??i({serviceId:n.serviceId,clientVersion:me}),maxAttempts:e?.maxAttempts??N(Y,e),region:e?.region??N($,{...U,...c}),requestHandler:de.create(e?.requestHandler??r),retryMode:e?.retryMode??N({...Q,default:async()=>(await r()).retryMode||J},e),streamCollector:e?.streamCollector??le,useDualstackEndpoint:e?.useDualstackEndpoint??N(M,c),useFipsEndpoint:e?.useFipsEndpoint??N(D,c),userAgentAppId:e?.userAgentAppId??N(a,c)}}
class lt extends _{config
constructor(...[e]){const t=ut(e||{})
super(t),this.initConfig=t
const r=(n=t,Object.assign(n,{useDualstackEndpoint:n.useDualstackEndpoint??!1,useFipsEndpoint:n.useFipsEndpoint??!1,defaultSigningName:"awsssoportal"}))
var n
const s=l(r),i=X(s),o=F(i),a=d(o),m=((e,t)=>{const r=Object.assign(c(e),x(e),W(e),(e=>{const t=e.httpAuthSchemes
let r=e.httpAuthSchemeProvider,n=e.credentials
return{setHttpAuthScheme(e){const r=t.findIndex(t=>t.schemeId===e.schemeId);-1===r?t.push(e):t.splice(r,1,e)},httpAuthSchemes:()=>t,setHttpAuthSchemeProvider(e){r=e},httpAuthSchemeProvider:()=>r,setCredentials(e){n=e},credentials:()=>n}})(e))
return t.forEach(e=>e.configure(r)),Object.assign(e,u(r),I(r),G(r),{httpAuthSchemes:(n=r).httpAuthSchemes(),httpAuthSchemeProvider:n.httpAuthSchemeProvider(),credentials:n.credentials()})
var n})((e=>{const t=re(e)
return Object.assign(t,{authSchemePreference:b(e.authSchemePreference??[])})})(j(a)),e?.extensions||[])
this.config=m,this.middlewareStack.use(te(this.config)),this.middlewareStack.use(h(this.config)),this.middlewareStack.use(Z(this.config)),this.middlewareStack.use(K(this.config)),this.middlewareStack.use(f(this.config)),this.middlewareStack.use(p(this.config)),this.middlewareStack.use(g(this.config)),this.middlewareStack.use(y(this.config,{httpAuthSchemeParametersProvider:pe,identityProviderConfigProvider:async e=>new w({"aws.auth#sigv4":e.credentials})})),this.middlewareStack.use(S(this.config))}destroy(){super.destroy()}}const dt=R({UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}},"SWBPortalService","SSOClient",V),ht={},ft=(e,t,r,n)=>[]
class pt extends(dt(ht,ft,"GetRoleCredentials",ct)){}const gt={GetRoleCredentialsCommand:pt}
class mt extends lt{}k(gt,mt),t.GetRoleCredentials$=ct,t.GetRoleCredentialsCommand=pt,t.GetRoleCredentialsRequest$=it,t.GetRoleCredentialsResponse$=ot,t.InvalidRequestException=Me,t.InvalidRequestException$=Ye,t.ResourceNotFoundException=$e,t.ResourceNotFoundException$=Xe,t.RoleCredentials$=at,t.SSO=mt,t.SSOClient=lt,t.SSOServiceException=De,t.SSOServiceException$=Je,t.TooManyRequestsException=Ue,t.TooManyRequestsException$=Ze,t.UnauthorizedException=Fe,t.UnauthorizedException$=et,t.errorTypeRegistries=tt},1838:(e,t,r)=>{const{awsEndpointFunctions:n,emitWarningIfUnsupportedVersion:s,createDefaultUserAgentProvider:i,getDefaultSocketTimeout:o,NODE_APP_ID_CONFIG_OPTIONS:a,getAwsRegionExtensionConfiguration:c,resolveAwsRegionExtensionConfiguration:u,resolveUserAgentConfig:l,resolveHostHeaderConfig:d,getUserAgentPlugin:h,getHostHeaderPlugin:f,getLoggerPlugin:p,getRecursionDetectionPlugin:g,setCredentialFeature:m,stsRegionDefaultResolver:y}=r(490),{NoAuthSigner:w,getHttpAuthSchemeEndpointRuleSetPlugin:S,DefaultIdentityProviderConfig:b,getHttpSigningPlugin:E}=r(7996),{normalizeProvider:v,getSmithyContext:C,ServiceException:A,NoOpLogger:T,emitWarningIfUnsupportedVersion:x,loadConfigsForDefaultMode:I,getDefaultExtensionConfiguration:_,resolveDefaultRuntimeConfig:R,Client:k,makeBuilder:O,createAggregatedClient:P}=r(8468),{Command:N}=r(8468)
t.$Command=N,t.__Client=k
const{resolveDefaultsModeConfig:D,loadConfig:M,NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS:$,NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS:U,NODE_REGION_CONFIG_OPTIONS:F,NODE_REGION_CONFIG_FILE_OPTIONS:L,resolveRegionConfig:B}=r(3433),{BinaryDecisionDiagram:z,EndpointCache:H,decideEndpoint:j,customEndpointFunctions:V,resolveParams:q,resolveEndpointConfig:W,getEndpointPlugin:G}=r(7003),{parseUrl:K,getHttpHandlerExtensionConfiguration:J,resolveHttpHandlerRuntimeConfig:Q,getContentLengthPlugin:Y}=r(284),{DEFAULT_RETRY_MODE:X,NODE_RETRY_MODE_CONFIG_OPTIONS:Z,NODE_MAX_ATTEMPT_CONFIG_OPTIONS:ee,resolveRetryConfig:te,getRetryPlugin:re}=r(8367),{TypeRegistry:ne,getSchemaSerdePlugin:se}=r(2692),{resolveAwsSdkSigV4Config:ie,resolveAwsSdkSigV4AConfig:oe,AwsSdkSigV4Signer:ae,AwsSdkSigV4ASigner:ce,NODE_SIGV4A_CONFIG_OPTIONS:ue,NODE_AUTH_SCHEME_PREFERENCE_OPTIONS:le}=r(1877),{SignatureV4MultiRegion:de}=r(9767),{toUtf8:he,fromUtf8:fe,toBase64:pe,fromBase64:ge,calculateBodyLength:me}=r(1892),{streamCollector:ye,NodeHttpHandler:we}=r(7105),{AwsQueryProtocol:Se}=r(8150),{Sha256:be}=r(9128),Ee="ref",ve=-1,Ce=!0,Ae="isSet",Te="PartitionResult",xe="booleanEquals",Ie="stringEquals",_e="getAttr",Re="us-east-1",ke="sigv4",Oe="https://sts.{Region}.{PartitionResult#dnsSuffix}",Pe={[Ee]:"Endpoint"},Ne={[Ee]:"Region"},De={[Ee]:Te},Me={},$e=[Ne],Ue={conditions:[[Ae,[Pe]],[Ae,$e],["aws.partition",$e,Te],[xe,[{[Ee]:"UseFIPS"},Ce]],[xe,[{[Ee]:"UseDualStack"},Ce]],[Ie,[Ne,"aws-global"]],[xe,[{[Ee]:"UseGlobalEndpoint"},Ce]],[Ie,[Ne,"eu-central-1"]],[xe,[{fn:_e,argv:[De,"supportsDualStack"]},Ce]],[xe,[{fn:_e,argv:[De,"supportsFIPS"]},Ce]],[Ie,[Ne,"ap-south-1"]],[Ie,[Ne,"eu-north-1"]],[Ie,[Ne,"eu-west-1"]],[Ie,[Ne,"eu-west-2"]],[Ie,[Ne,"eu-west-3"]],[Ie,[Ne,"sa-east-1"]],[Ie,[Ne,Re]],[Ie,[Ne,"us-east-2"]],[Ie,[Ne,"us-west-2"]],[Ie,[Ne,"us-west-1"]],[Ie,[Ne,"ca-central-1"]],[Ie,[Ne,"ap-southeast-1"]],[Ie,[Ne,"ap-northeast-1"]],[Ie,[Ne,"ap-southeast-2"]],[Ie,[{fn:_e,argv:[De,"name"]},"aws-us-gov"]]],results:[[ve],["https://sts.amazonaws.com",{authSchemes:[{name:ke,signingName:"sts",signingRegion:Re}]}],[Oe,{authSchemes:[{name:ke,signingName:"sts",signingRegion:"{Region}"}]}],[ve,"Invalid Configuration: FIPS and custom endpoint are not supported"],[ve,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[Pe,Me],["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Me],[ve,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://sts.{Region}.amazonaws.com",Me],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",Me],[ve,"FIPS is enabled but this partition does not support FIPS"],["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}",Me],[ve,"DualStack is enabled but this partition does not support DualStack"],[Oe,Me],[ve,"Invalid Configuration: Missing Region"]]},Fe=1e8,Le=new Int32Array([-1,1,-1,0,30,3,1,4,Fe+14,2,5,Fe+14,3,25,6,4,24,7,5,Fe+1,8,6,9,Fe+13,7,Fe+1,10,10,Fe+1,11,11,Fe+1,12,12,Fe+1,13,13,Fe+1,14,14,Fe+1,15,15,Fe+1,16,16,Fe+1,17,17,Fe+1,18,18,Fe+1,19,19,Fe+1,20,20,Fe+1,21,21,Fe+1,22,22,Fe+1,23,23,Fe+1,Fe+2,8,Fe+11,Fe+12,4,28,26,9,27,Fe+10,24,Fe+8,Fe+9,8,29,Fe+7,9,Fe+6,Fe+7,3,Fe+3,31,4,Fe+4,Fe+5]),Be=z.from(Le,2,Ue.conditions,Ue.results),ze=new H({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),He=(e,t={})=>ze.get(e,()=>j(Be,{endpointParams:e,logger:t.logger}))
V.aws=n
const je=(Ve=async(e,t,r)=>({operation:C(t).operation,region:await v(e.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()}),async(e,t,r)=>{if(!r)throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`")
const n=await Ve(e,t,r),s=C(t)?.commandInstance?.constructor?.getEndpointParameterInstructions
if(!s)throw new Error(`getEndpointParameterInstructions() is not defined on '${t.commandName}'`)
const i=await q(r,{getEndpointParameterInstructions:s},e)
return Object.assign(n,i)})
var Ve
function qe(e){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sts",region:e.region},propertiesExtractor:(e,t)=>({signingProperties:{config:e,context:t}})}}function We(e){return{schemeId:"aws.auth#sigv4a",signingProperties:{name:"sts",region:e.region},propertiesExtractor:(e,t)=>({signingProperties:{config:e,context:t}})}}function Ge(e){return{schemeId:"smithy.api#noAuth"}}const Ke=((e,t,r)=>n=>{const s=e(n),i=s.properties?.authSchemes
if(!i)return t(n)
const o=[]
for(const e of i){const{name:t,properties:s={},...a}=e,c=t.toLowerCase()
let u
if(t!==c&&console.warn(`HttpAuthScheme has been normalized with lowercasing: '${t}' to '${c}'`),"sigv4a"===c){u="aws.auth#sigv4a"
const e=i.find(e=>{const t=e.name.toLowerCase()
return"sigv4a"!==t&&t.startsWith("sigv4")})
if("none"===de.sigv4aDependency()&&e)continue}else{if(!c.startsWith("sigv4"))throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${c}'`)
u="aws.auth#sigv4"}const l=r[u]
if(!l)throw new Error(`Could not find HttpAuthOption create function for '${u}'`)
const d=l(n)
d.schemeId=u,d.signingProperties={...d.signingProperties||{},...a,...s},o.push(d)}return o})(He,e=>{const t=[]
if("AssumeRoleWithWebIdentity"===e.operation)t.push({schemeId:"smithy.api#noAuth"}),t.push(We(e))
else t.push(qe(e)),t.push(We(e))
return t},{"aws.auth#sigv4":qe,"aws.auth#sigv4a":We,"smithy.api#noAuth":Ge})
var Je="3.998.4"
class Qe extends A{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException"
constructor(e){super(e),Object.setPrototypeOf(this,Qe.prototype)}}class Ye extends Qe{static shapeId="com.amazonaws.sts#ExpiredTokenException"
name="ExpiredTokenException"
$fault="client"
constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,Ye.prototype)}}class Xe extends Qe{static shapeId="com.amazonaws.sts#InvalidContextAssertionException"
name="InvalidContextAssertionException"
$fault="client"
constructor(e){super({name:"InvalidContextAssertionException",$fault:"client",...e}),Object.setPrototypeOf(this,Xe.prototype)}}class Ze extends Qe{static shapeId="com.amazonaws.sts#MalformedPolicyDocumentException"
name="MalformedPolicyDocumentException"
$fault="client"
constructor(e){super({name:"MalformedPolicyDocumentException",$fault:"client",...e}),Object.setPrototypeOf(this,Ze.prototype)}}class et extends Qe{static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException"
name="PackedPolicyTooLargeException"
$fault="client"
constructor(e){super({name:"PackedPolicyTooLargeException",$fault:"client",...e}),Object.setPrototypeOf(this,et.prototype)}}class tt extends Qe{static shapeId="com.amazonaws.sts#RegionDisabledException"
name="RegionDisabledException"
$fault="client"
constructor(e){super({name:"RegionDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,tt.prototype)}}class rt extends Qe{static shapeId="com.amazonaws.sts#IDPRejectedClaimException"
name="IDPRejectedClaimException"
$fault="client"
constructor(e){super({name:"IDPRejectedClaimException",$fault:"client",...e}),Object.setPrototypeOf(this,rt.prototype)}}class nt extends Qe{static shapeId="com.amazonaws.sts#InvalidIdentityTokenException"
name="InvalidIdentityTokenException"
$fault="client"
constructor(e){super({name:"InvalidIdentityTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,nt.prototype)}}class st extends Qe{static shapeId="com.amazonaws.sts#IDPCommunicationErrorException"
name="IDPCommunicationErrorException"
$fault="client"
$retryable={}
constructor(e){super({name:"IDPCommunicationErrorException",$fault:"client",...e}),Object.setPrototypeOf(this,st.prototype)}}const it="AssumedRoleUser",ot="Credentials",at="DurationSeconds",ct="MinimumSessionTokenSize",ut="OriginIdentity",lt="Policy",dt="PolicyArns",ht="PackedPolicySize",ft="RoleArn",pt="RoleSessionName",gt="SourceIdentity",mt="SessionTokenSize",yt="SessionTokenUtilization",wt="TransactionContext",St="TrustedIdentityPropagationContext",bt="awsQueryError",Et="client",vt="error",Ct="httpError",At="message",Tt="smithy.ts.sdk.synthetic.com.amazonaws.sts",xt="com.amazonaws.sts",It=new ne(Tt)
var _t=[-3,Tt,"STSServiceException",0,[],[]]
It.registerError(_t,Qe)
const Rt=new ne(xt)
var kt=[-3,xt,"ExpiredTokenException",{[bt]:["ExpiredTokenException",400],[vt]:Et,[Ct]:400},[At],[0]]
Rt.registerError(kt,Ye)
var Ot=[-3,xt,"IDPCommunicationErrorException",{[bt]:["IDPCommunicationError",400],[vt]:Et,[Ct]:400},[At],[0]]
Rt.registerError(Ot,st)
var Pt=[-3,xt,"IDPRejectedClaimException",{[bt]:["IDPRejectedClaim",403],[vt]:Et,[Ct]:403},[At],[0]]
Rt.registerError(Pt,rt)
var Nt=[-3,xt,"InvalidContextAssertionException",{[bt]:["InvalidContextAssertion",400],[vt]:Et,[Ct]:400},[At],[0]]
Rt.registerError(Nt,Xe)
var Dt=[-3,xt,"InvalidIdentityTokenException",{[bt]:["InvalidIdentityToken",400],[vt]:Et,[Ct]:400},[At],[0]]
Rt.registerError(Dt,nt)
var Mt=[-3,xt,"MalformedPolicyDocumentException",{[bt]:["MalformedPolicyDocument",400],[vt]:Et,[Ct]:400},[At],[0]]
Rt.registerError(Mt,Ze)
var $t=[-3,xt,"PackedPolicyTooLargeException",{[bt]:["PackedPolicyTooLarge",400],[vt]:Et,[Ct]:400},[At],[0]]
Rt.registerError($t,et)
var Ut=[-3,xt,"RegionDisabledException",{[bt]:["RegionDisabledException",403],[vt]:Et,[Ct]:403},[At],[0]]
Rt.registerError(Ut,tt)
const Ft=[It,Rt]
var Lt=[0,xt,"accessKeySecretType",8,0],Bt=[0,xt,"clientTokenType",8,0],zt=[0,xt,"originIdentityIssuerType",8,0],Ht=[0,xt,"originIdentitySubjectType",8,0],jt=[0,xt,"originIdentitySubjectTypeType",8,0],Vt=[0,xt,"transactionContextValueType",8,0],qt=[3,xt,it,0,["AssumedRoleId","Arn"],[0,0],2],Wt=[3,xt,"AssumeRoleRequest",0,[ft,pt,dt,lt,at,"Tags","TransitiveTagKeys","ExternalId","SerialNumber","TokenCode",gt,"ProvidedContexts",ct],[0,0,()=>nr,0,1,()=>ir,64,0,0,0,0,()=>sr,1],2],Gt=[3,xt,"AssumeRoleResponse",0,[ot,it,ht,gt,yt,mt],[[()=>Qt,0],()=>qt,1,0,1,1]],Kt=[3,xt,"AssumeRoleWithWebIdentityRequest",0,[ft,pt,"WebIdentityToken","ProviderId",dt,lt,at,ct],[0,0,[()=>Bt,0],0,()=>nr,0,1,1],3],Jt=[3,xt,"AssumeRoleWithWebIdentityResponse",0,[ot,"SubjectFromWebIdentityToken",it,ht,"Provider","Audience",gt,yt,mt,St],[[()=>Qt,0],0,()=>qt,1,0,0,0,1,1,[()=>rr,0]]],Qt=[3,xt,ot,0,["AccessKeyId","SecretAccessKey","SessionToken","Expiration"],[0,[()=>Lt,0],0,4],4],Yt=[3,xt,ut,0,["Subject","SubjectType","Issuer","FederatedProviderArn"],[[()=>Ht,0],[()=>jt,0],[()=>zt,0],0]],Xt=[3,xt,"PolicyDescriptorType",0,["arn"],[0]],Zt=[3,xt,"ProvidedContext",0,["ProviderArn","ContextAssertion"],[0,0]],er=[3,xt,"Tag",0,["Key","Value"],[0,0],2],tr=[3,xt,wt,0,["IdentityProvider"],[[()=>or,0]]],rr=[3,xt,St,8,[ut,wt],[[()=>Yt,0],[()=>tr,0]]],nr=[1,xt,"policyDescriptorListType",0,()=>Xt],sr=[1,xt,"ProvidedContextsListType",0,()=>Zt],ir=[1,xt,"tagListType",0,()=>er],or=[2,xt,"transactionContextIdentityProviderMapType",0,[0,0],[()=>Vt,0]],ar=[9,xt,"AssumeRole",0,()=>Wt,()=>Gt],cr=[9,xt,"AssumeRoleWithWebIdentity",0,()=>Kt,()=>Jt]
const ur=e=>{x(process.version)
const t=D(e),r=()=>t().then(I),n=(e=>({apiVersion:"2011-06-15",base64Decoder:e?.base64Decoder??ge,base64Encoder:e?.base64Encoder??pe,disableHostPrefix:e?.disableHostPrefix??!1,endpointProvider:e?.endpointProvider??He,extensions:e?.extensions??[],httpAuthSchemeProvider:e?.httpAuthSchemeProvider??Ke,httpAuthSchemes:e?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ae},{schemeId:"aws.auth#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new ce},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new w}],logger:e?.logger??new T,protocol:e?.protocol??Se,protocolSettings:e?.protocolSettings??{defaultNamespace:"com.amazonaws.sts",errorTypeRegistries:Ft,xmlNamespace:"https://sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20110615"},serviceId:e?.serviceId??"STS",sha256:e?.sha256??be,signerConstructor:e?.signerConstructor??de,urlParser:e?.urlParser??K,utf8Decoder:e?.utf8Decoder??fe,utf8Encoder:e?.utf8Encoder??he}))(e)
s(process.version)
const c={profile:e?.profile,logger:n.logger}
return{...n,...e,runtime:"node",defaultsMode:t,authSchemePreference:e?.authSchemePreference??M(le,c),bodyLengthChecker:e?.bodyLengthChecker??me,defaultSocketTimeout:o(e?.requestHandler,3e5),defaultUserAgentProvider:e?.defaultUserAgentProvider??i({serviceId:n.serviceId,clientVersion:Je}),httpAuthSchemes:e?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:t=>t.getIdentityProvider("aws.auth#sigv4")||(async t=>await e.credentialDefaultProvider(t?.__config||{})()),signer:new ae},{schemeId:"aws.auth#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new ce},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new w}],maxAttempts:e?.maxAttempts??M(ee,e),region:e?.region??M(F,{...L,...c}),requestHandler:we.create(e?.requestHandler??r),retryMode:e?.retryMode??M({...Z,default:async()=>(await r()).retryMode||X},e),sigv4aSigningRegionSet:e?.sigv4aSigningRegionSet??M(ue,c),streamCollector:e?.streamCollector??ye,useDualstackEndpoint:e?.useDualstackEndpoint??M(U,c),useFipsEndpoint:e?.useFipsEndpoint??M($,c),userAgentAppId:e?.userAgentAppId??M(a,c)}}
class lr extends k{config
constructor(...[e]){const t=ur(e||{})
super(t),this.initConfig=t
const r=(n=t,Object.assign(n,{useDualstackEndpoint:n.useDualstackEndpoint??!1,useFipsEndpoint:n.useFipsEndpoint??!1,useGlobalEndpoint:n.useGlobalEndpoint??!1,defaultSigningName:"sts"}))
var n
const s=l(r),i=te(s),o=B(i),a=d(o),m=((e,t)=>{const r=Object.assign(c(e),_(e),J(e),(e=>{const t=e.httpAuthSchemes
let r=e.httpAuthSchemeProvider,n=e.credentials
return{setHttpAuthScheme(e){const r=t.findIndex(t=>t.schemeId===e.schemeId);-1===r?t.push(e):t.splice(r,1,e)},httpAuthSchemes:()=>t,setHttpAuthSchemeProvider(e){r=e},httpAuthSchemeProvider:()=>r,setCredentials(e){n=e},credentials:()=>n}})(e))
return t.forEach(e=>e.configure(r)),Object.assign(e,u(r),R(r),Q(r),{httpAuthSchemes:(n=r).httpAuthSchemes(),httpAuthSchemeProvider:n.httpAuthSchemeProvider(),credentials:n.credentials()})
var n})((e=>{const t=ie(e),r=oe(t)
return Object.assign(r,{authSchemePreference:v(e.authSchemePreference??[])})})(W(a)),e?.extensions||[])
this.config=m,this.middlewareStack.use(se(this.config)),this.middlewareStack.use(h(this.config)),this.middlewareStack.use(re(this.config)),this.middlewareStack.use(Y(this.config)),this.middlewareStack.use(f(this.config)),this.middlewareStack.use(p(this.config)),this.middlewareStack.use(g(this.config)),this.middlewareStack.use(S(this.config,{httpAuthSchemeParametersProvider:je,identityProviderConfigProvider:async e=>new b({"aws.auth#sigv4":e.credentials,"aws.auth#sigv4a":e.credentials})})),this.middlewareStack.use(E(this.config))}destroy(){super.destroy()}}const dr=O({UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}},"AWSSecurityTokenServiceV20110615","STSClient",G),hr={},fr=(e,t,r,n)=>[]
class pr extends(dr(hr,fr,"AssumeRole",ar)){}class gr extends(dr(hr,fr,"AssumeRoleWithWebIdentity",cr)){}const mr={AssumeRoleCommand:pr,AssumeRoleWithWebIdentityCommand:gr}
class yr extends lr{}P(mr,yr)
const wr=e=>{if("string"==typeof e?.Arn){const t=e.Arn.split(":")
if(t.length>4&&""!==t[4])return t[4]}},Sr=async(e,t,r,n={})=>{const s="function"==typeof e?await e():e,i="function"==typeof t?await t():t
let o=""
const a=s??i??(o=await y(n)())
return r?.debug?.("@aws-sdk/client-sts::resolveRegion","accepting first of:",`${s} (credential provider clientConfig)`,`${i} (contextual client)`,`${o} (STS default: AWS_REGION, profile region, or us-east-1)`),a},br=e=>"h2"===e?.metadata?.handlerProtocol,Er=(e,t)=>t?class extends e{constructor(e){super(e)
for(const e of t)this.middlewareStack.use(e)}}:e,vr=(e={},t)=>((e,t)=>{let r,n
return async(s,i)=>{if(n=s,!r){const{logger:s=e?.parentClientConfig?.logger,profile:i=e?.parentClientConfig?.profile,region:o,requestHandler:a=e?.parentClientConfig?.requestHandler,credentialProviderLogger:c,userAgentAppId:u=e?.parentClientConfig?.userAgentAppId}=e,l=await Sr(o,e?.parentClientConfig?.region,c,{logger:s,profile:i}),d=!br(a)
r=new t({...e,userAgentAppId:u,profile:i,credentialDefaultProvider:()=>async()=>n,region:l,requestHandler:d?a:void 0,logger:s})}const{Credentials:o,AssumedRoleUser:a}=await r.send(new pr(i))
if(!o||!o.AccessKeyId||!o.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRole call with role ${i.RoleArn}`)
const c=wr(a),u={accessKeyId:o.AccessKeyId,secretAccessKey:o.SecretAccessKey,sessionToken:o.SessionToken,expiration:o.Expiration,...o.CredentialScope&&{credentialScope:o.CredentialScope},...c&&{accountId:c}}
return m(u,"CREDENTIALS_STS_ASSUME_ROLE","i"),u}})(e,Er(lr,t)),Cr=(e={},t)=>((e,t)=>{let r
return async n=>{if(!r){const{logger:n=e?.parentClientConfig?.logger,profile:s=e?.parentClientConfig?.profile,region:i,requestHandler:o=e?.parentClientConfig?.requestHandler,credentialProviderLogger:a,userAgentAppId:c=e?.parentClientConfig?.userAgentAppId}=e,u=await Sr(i,e?.parentClientConfig?.region,a,{logger:n,profile:s}),l=!br(o)
r=new t({...e,userAgentAppId:c,profile:s,region:u,requestHandler:l?o:void 0,logger:n})}const{Credentials:s,AssumedRoleUser:i}=await r.send(new gr(n))
if(!s||!s.AccessKeyId||!s.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRoleWithWebIdentity call with role ${n.RoleArn}`)
const o=wr(i),a={accessKeyId:s.AccessKeyId,secretAccessKey:s.SecretAccessKey,sessionToken:s.SessionToken,expiration:s.Expiration,...s.CredentialScope&&{credentialScope:s.CredentialScope},...o&&{accountId:o}}
return o&&m(a,"RESOLVED_ACCOUNT_ID","T"),m(a,"CREDENTIALS_STS_ASSUME_ROLE_WEB_ID","k"),a}})(e,Er(lr,t))
t.AssumeRole$=ar,t.AssumeRoleCommand=pr,t.AssumeRoleRequest$=Wt,t.AssumeRoleResponse$=Gt,t.AssumeRoleWithWebIdentity$=cr,t.AssumeRoleWithWebIdentityCommand=gr,t.AssumeRoleWithWebIdentityRequest$=Kt,t.AssumeRoleWithWebIdentityResponse$=Jt,t.AssumedRoleUser$=qt,t.Credentials$=Qt,t.ExpiredTokenException=Ye,t.ExpiredTokenException$=kt,t.IDPCommunicationErrorException=st,t.IDPCommunicationErrorException$=Ot,t.IDPRejectedClaimException=rt,t.IDPRejectedClaimException$=Pt,t.InvalidContextAssertionException=Xe,t.InvalidContextAssertionException$=Nt,t.InvalidIdentityTokenException=nt,t.InvalidIdentityTokenException$=Dt,t.MalformedPolicyDocumentException=Ze,t.MalformedPolicyDocumentException$=Mt,t.OriginIdentity$=Yt,t.PackedPolicyTooLargeException=et,t.PackedPolicyTooLargeException$=$t,t.PolicyDescriptorType$=Xt,t.ProvidedContext$=Zt,t.RegionDisabledException=tt,t.RegionDisabledException$=Ut,t.STS=yr,t.STSClient=lr,t.STSServiceException=Qe,t.STSServiceException$=_t,t.Tag$=er,t.TransactionContext$=tr,t.TrustedIdentityPropagationContext$=rr,t.decorateDefaultCredentialProvider=e=>t=>e({roleAssumer:vr(t),roleAssumerWithWebIdentity:Cr(t),...t}),t.errorTypeRegistries=Ft,t.getDefaultRoleAssumer=vr,t.getDefaultRoleAssumerWithWebIdentity=Cr},9767:(e,t,r)=>{const{SignatureV4:n,signatureV4aContainer:s}=r(2496),i={CrtSignerV4:null},o="X-Amz-S3session-Token",a=o.toLowerCase()
class c extends n{async signWithCredentials(e,t,r){const n=u(t)
e.headers[a]=t.sessionToken
return l(this,n),this.signRequest(e,r??{})}async presignWithCredentials(e,t,r){const n=u(t)
delete e.headers[a],e.headers[o]=t.sessionToken,e.query=e.query??{},e.query[o]=t.sessionToken
return l(this,n),this.presign(e,r)}}function u(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,expiration:e.expiration}}function l(e,t){const r=e.credentialProvider
e.credentialProvider=()=>(e.credentialProvider=r,Promise.resolve(t))}t.SignatureV4MultiRegion=class{sigv4aSigner
sigv4Signer
signerOptions
static sigv4aDependency(){return"function"==typeof i.CrtSignerV4?"crt":"function"==typeof s.SignatureV4a?"js":"none"}constructor(e){this.sigv4Signer=new c(e),this.signerOptions=e}async sign(e,t={}){return"*"===t.signingRegion?this.getSigv4aSigner().sign(e,t):this.sigv4Signer.sign(e,t)}async signWithCredentials(e,t,r={}){if("*"===r.signingRegion){const n=this.getSigv4aSigner(),s=i.CrtSignerV4
if(s&&n instanceof s)return n.signWithCredentials(e,t,r)
throw new Error('signWithCredentials with signingRegion \'*\' is only supported when using the CRT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt')}return this.sigv4Signer.signWithCredentials(e,t,r)}async presign(e,t={}){if("*"===t.signingRegion){const r=this.getSigv4aSigner(),n=i.CrtSignerV4
if(n&&r instanceof n)return r.presign(e,t)
throw new Error('presign with signingRegion \'*\' is only supported when using the CRT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt')}return this.sigv4Signer.presign(e,t)}async presignWithCredentials(e,t,r={}){if("*"===r.signingRegion)throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].")
return this.sigv4Signer.presignWithCredentials(e,t,r)}getSigv4aSigner(){if(!this.sigv4aSigner){const e=i.CrtSignerV4,t=s.SignatureV4a
if("node"===this.signerOptions.runtime){if(!e&&!t)throw new Error("Neither CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt")
if(e&&"function"==typeof e)this.sigv4aSigner=new e({...this.signerOptions,signingAlgorithm:1})
else{if(!t||"function"!=typeof t)throw new Error("Available SigV4a implementation is not a valid constructor. Please ensure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt")
this.sigv4aSigner=new t({...this.signerOptions})}}else{if(!t||"function"!=typeof t)throw new Error("JS SigV4a implementation is not available or not a valid constructor. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also register the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a")
this.sigv4aSigner=new t({...this.signerOptions})}}return this.sigv4aSigner}},t.SignatureV4SignWithCredentials=c,t.signatureV4CrtContainer=i},763:(e,t,r)=>{const{setTokenFeature:n}=r(490),{getBearerTokenEnvKey:s}=r(1877),{TokenProviderError:i,getSSOTokenFilepath:o,parseKnownFiles:a,getProfileName:c,loadSsoSessionData:u,getSSOTokenFromFile:l,memoize:d,chain:h}=r(3433),{promises:f}=r(3024),p="To refresh this SSO session run 'aws sso login' with the corresponding profile.",g=async(e,t,n={},s)=>{const{CreateTokenCommand:i}=r(3305),o=await(async(e,t={},n)=>{const{SSOOIDCClient:s}=r(3305),i=e=>t.clientConfig?.[e]??t.parentClientConfig?.[e]??n?.[e]
return new s(Object.assign({},t.clientConfig??{},{region:e??t.clientConfig?.region,logger:i("logger"),userAgentAppId:i("userAgentAppId")}))})(t,n,s)
return o.send(new i({clientId:e.clientId,clientSecret:e.clientSecret,refreshToken:e.refreshToken,grantType:"refresh_token"}))},m=e=>{if(e.expiration&&e.expiration.getTime()<Date.now())throw new i(`Token is expired. ${p}`,!1)},y=(e,t,r=!1)=>{if(void 0===t)throw new i(`Value not present for '${e}' in SSO Token${r?". Cannot refresh":""}. ${p}`,!1)},{writeFile:w}=f,S=new Map,b=new Map,E=(e={})=>async({callerClientConfig:t}={})=>{e.logger?.debug("@aws-sdk/token-providers - fromSso")
const r=await a(e),n=c({profile:e.profile??t?.profile}),s=r[n]
if(!s)throw new i(`Profile '${n}' could not be found in shared credentials file.`,!1)
if(!s.sso_session)throw new i(`Profile '${n}' is missing required property 'sso_session'.`)
const d=s.sso_session,h=b.get(d)
if(h)return await h
const f=(await u(e))[d]
if(!f)throw new i(`Sso session '${d}' could not be found in shared credentials file.`,!1)
for(const e of["sso_start_url","sso_region"])if(!f[e])throw new i(`Sso session '${d}' is missing required property '${e}'.`,!1)
f.sso_start_url
const E=f.sso_region
let v
try{v=await l(d)}catch(e){throw new i(`The SSO session token associated with profile=${n} was not found or is invalid. ${p}`,!1)}y("accessToken",v.accessToken),y("expiresAt",v.expiresAt)
const{accessToken:C,expiresAt:A}=v,T={token:C,expiration:new Date(A)}
if(T.expiration.getTime()-Date.now()>3e5)return T
const x=b.get(d)
if(x)return await x
const I=S.get(d)??0
if(Date.now()-I<3e4)return m(T),T
y("clientId",v.clientId,!0),y("clientSecret",v.clientSecret,!0),y("refreshToken",v.refreshToken,!0)
const _=(async()=>{try{S.set(d,Date.now())
const r=await g(v,E,e,t)
y("accessToken",r.accessToken),y("expiresIn",r.expiresIn)
const n=new Date(Date.now()+1e3*r.expiresIn)
try{await((e,t)=>{const r=o(e),n=JSON.stringify(t,null,2)
return w(r,n)})(d,{...v,accessToken:r.accessToken,expiresAt:n.toISOString(),refreshToken:r.refreshToken})}catch(e){}return{token:r.accessToken,expiration:n}}catch(e){return m(T),T}})()
b.set(d,_)
try{return await _}finally{b.delete(d)}}
t.fromEnvSigningName=({logger:e,signingName:t}={})=>async()=>{if(e?.debug?.("@aws-sdk/token-providers - fromEnvSigningName"),!t)throw new i("Please pass 'signingName' to compute environment variable key",{logger:e})
const r=s(t)
if(!(r in process.env))throw new i(`Token not present in '${r}' environment variable`,{logger:e})
const o={token:process.env[r]}
return n(o,"BEARER_SERVICE_ENV_VARS","3"),o},t.fromSso=E,t.fromStatic=({token:e,logger:t})=>async()=>{if(t?.debug("@aws-sdk/token-providers - fromStatic"),!e||!e.token)throw new i("Please pass a valid token to fromStatic",!1)
return e},t.nodeProvider=(e={})=>d(h(E(e),async()=>{throw new i("Could not load token from any providers",!1)}),e=>void 0!==e.expiration&&e.expiration.getTime()-Date.now()<3e5,e=>void 0!==e.expiration)},3756:(e,t)=>{const r=/[&<>"]/g,n={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;"}
function s(e){return e.replace(r,e=>n[e])}const i=/[&"'<>\r\n\u0085\u2028]/g,o={"&":"&amp;",'"':"&quot;","'":"&apos;","<":"&lt;",">":"&gt;","\r":"&#x0D;","\n":"&#x0A;","\x85":"&#x85;","\u2028":"&#x2028;"}
class a{value
constructor(e){this.value=e}toString(){return(""+this.value).replace(i,e=>o[e])}}class c{name
children
attributes={}
static of(e,t,r){const n=new c(e)
return void 0!==t&&n.addChildNode(new a(t)),void 0!==r&&n.withName(r),n}constructor(e,t=[]){this.name=e,this.children=t}withName(e){return this.name=e,this}addAttribute(e,t){return this.attributes[e]=t,this}addChildNode(e){return this.children.push(e),this}removeAttribute(e){return delete this.attributes[e],this}n(e){return this.name=e,this}c(e){return this.children.push(e),this}a(e,t){return null!=t&&(this.attributes[e]=t),this}cc(e,t,r=t){if(null!=e[t]){const n=c.of(t,e[t]).withName(r)
this.c(n)}}l(e,t,r,n){if(null!=e[t]){n().map(e=>{e.withName(r),this.c(e)})}}lc(e,t,r,n){if(null!=e[t]){const e=n(),t=new c(r)
e.map(e=>{t.c(e)}),this.c(t)}}toString(){const e=Boolean(this.children.length)
let t=`<${this.name}`
const r=this.attributes
for(const e of Object.keys(r)){const n=r[e]
null!=n&&(t+=` ${e}="${s(""+n)}"`)}return t+(e?`>${this.children.map(e=>e.toString()).join("")}</${this.name}>`:"/>")}}function u(e){Object.defineProperty(e,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}class l{x
i=0
z
constructor(e){this.x=e,this.x=e.replace(/\r\n?/g,"\n"),this.z=this.x.length}parse(){const e=this,{z:t}=e
for(;e.i<t&&(e.trim(),!(e.i>=t));)if(e.isNext("<?"))e.readTo("?>"),e.trim()
else if(e.isNext("\x3c!--"))e.readTo("--\x3e"),e.trim()
else{if(!e.isNext("<!DOCTYPE",!1)){if("<"===e.x[e.i]){const t=e.parseTag()
return{[t.tag]:t.value}}throw new Error("@aws-sdk XML parse error: unexpected content.")}e.skipDoctype(),e.trim()}throw new Error("@aws-sdk XML parse error: no root element.")}isNext(e,t=!0){const r=this
return t?r.x.startsWith(e,r.i):r.x.toLowerCase().startsWith(e.toLowerCase(),r.i)}readTo(e){const t=this,r=t.x.indexOf(e,t.i)
if(-1===r)throw new Error(`@aws-sdk XML parse error: expected "${e}" not found.`)
const n=t.x.slice(t.i,r)
return t.i=r+e.length,n}trim(){const e=this
for(;e.i<e.z&&" \t\r\n".includes(e.x[e.i]);)++e.i}readAttrValue(){const e=this,t=e.x[e.i];++e.i
let r=""
for(;e.i<e.z&&e.x[e.i]!==t;)r+=e.x[e.i++]
return++e.i,e.decodeEntities(r)}parseTag(){const e=this;++e.i
let t=""
for(;e.i<e.z&&!" \t\r\n>/".includes(e.x[e.i]);)t+=e.x[e.i++]
let r=!1
const n={}
for(;e.i<e.z&&(e.trim(),!">/".includes(e.x[e.i]));){let t=""
for(;e.i<e.z&&!"= \t\r\n>/?".includes(e.x[e.i]);)t+=e.x[e.i++]
if(e.trim(),"="!==e.x[e.i])break;++e.i,e.trim(),"__proto__"===t&&u(n),n[t]=e.readAttrValue(),r=!0}if(e.i>=e.z)throw new Error("@aws-sdk XML parse error: unexpected end of input.")
if("/"===e.x[e.i]){if(++e.i,e.i>=e.z||">"!==e.x[e.i])throw new Error("@aws-sdk XML parse error: expected > at the end of self-closing tag.")
return++e.i,{tag:t,value:r?n:""}}if(">"!==e.x[e.i])throw new Error("@aws-sdk XML parse error: expected > at the end of opening tag.");++e.i
const s=[],i=[]
let o=!1
for(;e.i<e.z&&!e.isNext("</");)if("<"===e.x[e.i])e.isNext("\x3c!--")?e.readTo("--\x3e"):e.isNext("<![CDATA[")?(e.i+=9,s.push(e.readTo("]]>"))):e.isNext("<?")?e.readTo("?>"):(o=!0,i.push(e.parseTag()))
else{let t=""
for(;e.i<e.z&&"<"!==e.x[e.i];)t+=e.x[e.i++]
s.push(e.decodeEntities(t))}if(!e.isNext("</"))throw new Error(`@aws-sdk XML parse error: missing closing tag </${t}>.`)
e.i+=2
const a=e.readTo(">").trim()
if(a!==t)throw new Error(`@aws-sdk XML parse error: mismatched tags <${t}> and </${a}>.`)
if(!r&&0===s.length&&!o)return{tag:t,value:""}
if(!r&&!o){const e=1===s.length?s[0]:s.join("")
return""===e.trim()&&e.includes("\n")?{tag:t,value:""}:{tag:t,value:e}}const c={}
for(const e of s)""===e.trim()&&e.includes("\n")||(c["#text"]="#text"in c?c["#text"]+e:e)
for(const e of i)"__proto__"===e.tag&&u(c),e.tag in c?Array.isArray(c[e.tag])?c[e.tag].push(e.value):c[e.tag]=[c[e.tag],e.value]:c[e.tag]=e.value
for(const[e,t]of Object.entries(n))"__proto__"===e&&u(c),c[e]=t
return{tag:t,value:c}}static ENTITIES={amp:"&",lt:"<",gt:">",quot:'"',apos:"'"}
skipDoctype(){const e=this
e.i+=9
let t=0
for(;e.i<e.z;){const r=e.x[e.i]
if("["===r)++t
else if("]"===r)--t
else if(">"===r&&0===t)return void++e.i;++e.i}throw new Error("@aws-sdk XML parse error: unclosed DOCTYPE.")}decodeEntities(e){return e.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,(e,t,r,n)=>t?String.fromCharCode(parseInt(t,16)):r?String.fromCharCode(parseInt(r,10)):l.ENTITIES[n]??"")}}t.XmlNode=c,t.XmlText=a,t.parseXML=function(e){return new l(e).parse()}},5222:(e,t,r)=>{const n={REQUEST_ID:Symbol.for("_AWS_LAMBDA_REQUEST_ID"),X_RAY_TRACE_ID:Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),TENANT_ID:Symbol.for("_AWS_LAMBDA_TENANT_ID"),TRACEPARENT:Symbol.for("_AWS_LAMBDA_TRACEPARENT"),TRACESTATE:Symbol.for("_AWS_LAMBDA_TRACESTATE"),BAGGAGE:Symbol.for("_AWS_LAMBDA_BAGGAGE")},s=["true","1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA??"")
s||(globalThis.awslambda=globalThis.awslambda||{})
class i{static PROTECTED_KEYS=n
isProtectedKey(e){return Object.values(n).includes(e)}getRequestId(){return this.get(n.REQUEST_ID)??"-"}getXRayTraceId(){return this.get(n.X_RAY_TRACE_ID)}getTenantId(){return this.get(n.TENANT_ID)}getTraceparent(){return this.get(n.TRACEPARENT)}getTracestate(){return this.get(n.TRACESTATE)}getBaggage(){return this.get(n.BAGGAGE)}}class o extends i{currentContext
getContext(){return this.currentContext}hasContext(){return void 0!==this.currentContext}get(e){return this.currentContext?.[e]}set(e,t){if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`)
this.currentContext=this.currentContext||{},this.currentContext[e]=t}run(e,t){return this.currentContext=e,t()}}class a extends i{als
static async create(){const e=new a,t=await Promise.resolve().then(r.t.bind(r,6698,23))
return e.als=new t.AsyncLocalStorage,e}getContext(){return this.als.getStore()}hasContext(){return void 0!==this.als.getStore()}get(e){return this.als.getStore()?.[e]}set(e,t){if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`)
const r=this.als.getStore()
if(!r)throw new Error("No context available")
r[e]=t}run(e,t){return this.als.run(e,t)}}t.InvokeStore=void 0,function(e){let t=null
e.getInstanceAsync=async function(e){return t||(t=(async()=>{const t=!0===e||"AWS_LAMBDA_MAX_CONCURRENCY"in process.env?await a.create():new o
return!s&&globalThis.awslambda?.InvokeStore?globalThis.awslambda.InvokeStore:!s&&globalThis.awslambda?(globalThis.awslambda.InvokeStore=t,t):t})()),t},e._testing="1"===process.env.AWS_LAMBDA_BENCHMARK_MODE?{reset:()=>{t=null,globalThis.awslambda?.InvokeStore&&delete globalThis.awslambda.InvokeStore,globalThis.awslambda={InvokeStore:void 0}}}:void 0}(t.InvokeStore||(t.InvokeStore={})),t.InvokeStoreBase=i},7996:(e,t,r)=>{const{getSmithyContext:n,hasOwn:s}=r(9928)
t.getSmithyContext=n
const{HttpRequest:i}=r(284),{requestBuilder:o}=r(284)
t.requestBuilder=o
const{HttpApiKeyAuthLocation:a}=r(5192)
const c=(e,t)=>(r,s)=>async i=>{const o=((e,t)=>{if(!t||0===t.length)return e
const r=[]
for(const n of t)for(const t of e)t.schemeId.split("#")[1]===n&&r.push(t)
for(const t of e)r.find(({schemeId:e})=>e===t.schemeId)||r.push(t)
return r})(e.httpAuthSchemeProvider(await t.httpAuthSchemeParametersProvider(e,s,i.input)),e.authSchemePreference?await e.authSchemePreference():[]),a=function(e){const t=new Map
for(const r of e)t.set(r.schemeId,r)
return t}(e.httpAuthSchemes),c=n(s),u=[]
for(const r of o){const n=a.get(r.schemeId)
if(!n){u.push(`HttpAuthScheme \`${r.schemeId}\` was not enabled for this service.`)
continue}const i=n.identityProvider(await t.identityProviderConfigProvider(e))
if(!i){u.push(`HttpAuthScheme \`${r.schemeId}\` did not have an IdentityProvider configured.`)
continue}const{identityProperties:o={},signingProperties:l={}}=r.propertiesExtractor?.(e,s)||{}
r.identityProperties=Object.assign(r.identityProperties||{},o),r.signingProperties=Object.assign(r.signingProperties||{},l),c.selectedHttpAuthScheme={httpAuthOption:r,identity:await i(r.identityProperties),signer:n.signer}
break}if(!c.selectedHttpAuthScheme)throw new Error(u.join("\n"))
return r(i)},u={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"endpointV2Middleware"},l={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"serializerMiddleware"},d=e=>e=>{throw e},h=(e,t)=>{},f=e=>(e,t)=>async r=>{if(!i.isInstance(r.request))return e(r)
const s=n(t).selectedHttpAuthScheme
if(!s)throw new Error("No HttpAuthScheme was selected: unable to sign request")
const{httpAuthOption:{signingProperties:o={}},identity:a,signer:c}=s,u=await e({...r,request:await c.sign(r.request,a,o)}).catch((c.errorHandler||d)(o))
return(c.successHandler||h)(u.response,o),u},p={step:"finalizeRequest",tags:["HTTP_SIGNING"],name:"httpSigningMiddleware",aliases:["apiKeyMiddleware","tokenMiddleware","awsAuthMiddleware"],override:!0,relation:"after",toMiddleware:"retryMiddleware"},g=async(e,t,r,n=e=>e,...s)=>{let i=new e(r)
return i=n(i)??i,await t.send(i,...s)}
const m=(e,t)=>{let r=e
const n=t.split(".")
for(const e of n){if(!r||"object"!=typeof r)return
r=r[e]}return r}
const y=e=>function(t){return b(t)&&t.expiration.getTime()-Date.now()<e},w=3e5,S=y(w),b=e=>void 0!==e.expiration
t.DefaultIdentityProviderConfig=class{authSchemes=new Map
constructor(e){for(const t in e){if(!s(e,t))continue
const r=e[t]
void 0!==r&&this.authSchemes.set(t,r)}}getIdentityProvider(e){return this.authSchemes.get(e)}},t.EXPIRATION_MS=w,t.HttpApiKeyAuthSigner=class{async sign(e,t,r){if(!r)throw new Error("request could not be signed with `apiKey` since the `name` and `in` signer properties are missing")
if(!r.name)throw new Error("request could not be signed with `apiKey` since the `name` signer property is missing")
if(!r.in)throw new Error("request could not be signed with `apiKey` since the `in` signer property is missing")
if(!t.apiKey)throw new Error("request could not be signed with `apiKey` since the `apiKey` is not defined")
const n=i.clone(e)
if(r.in===a.QUERY)n.query[r.name]=t.apiKey
else{if(r.in!==a.HEADER)throw new Error("request can only be signed with `apiKey` locations `query` or `header`, but found: `"+r.in+"`")
n.headers[r.name]=r.scheme?`${r.scheme} ${t.apiKey}`:t.apiKey}return n}},t.HttpBearerAuthSigner=class{async sign(e,t,r){const n=i.clone(e)
if(!t.token)throw new Error("request could not be signed with `token` since the `token` is not defined")
return n.headers.Authorization=`Bearer ${t.token}`,n}},t.NoAuthSigner=class{async sign(e,t,r){return e}},t.createIsIdentityExpiredFunction=y,t.createPaginator=function(e,t,r,n,s){return async function*(i,o,...a){const c=o
let u,l=i.startingToken??c[r],d=!0
for(;d;){if(c[r]=l,s&&(c[s]=c[s]??i.pageSize),!(i.client instanceof e))throw new Error(`Invalid client, expected instance of ${e.name}`)
u=await g(t,i.client,o,i.withCommand,...a),yield u
const h=l
l=m(u,n),d=!(!l||i.stopOnSameToken&&l===h)}}},t.doesIdentityRequireRefresh=b,t.getHttpAuthSchemeEndpointRuleSetPlugin=(e,{httpAuthSchemeParametersProvider:t,identityProviderConfigProvider:r})=>({applyToStack:n=>{n.addRelativeTo(c(e,{httpAuthSchemeParametersProvider:t,identityProviderConfigProvider:r}),u)}}),t.getHttpAuthSchemePlugin=(e,{httpAuthSchemeParametersProvider:t,identityProviderConfigProvider:r})=>({applyToStack:n=>{n.addRelativeTo(c(e,{httpAuthSchemeParametersProvider:t,identityProviderConfigProvider:r}),l)}}),t.getHttpSigningPlugin=e=>({applyToStack:e=>{e.addRelativeTo(f(),p)}}),t.httpAuthSchemeEndpointRuleSetMiddlewareOptions=u,t.httpAuthSchemeMiddleware=c,t.httpAuthSchemeMiddlewareOptions=l,t.httpSigningMiddleware=f,t.httpSigningMiddlewareOptions=p,t.isIdentityExpired=S,t.memoizeIdentityProvider=(e,t,r)=>{if(void 0===e)return
const n="function"!=typeof e?async()=>Promise.resolve(e):e
let s,i,o,a=!1
const c=async e=>{i||(i=n(e))
try{s=await i,o=!0,a=!1}finally{i=void 0}return s}
return void 0===t?async e=>(o&&!e?.forceRefresh||(s=await c(e)),s):async e=>(o&&!e?.forceRefresh||(s=await c(e)),a?s:r(s)?t(s)?(await c(e),s):s:(a=!0,s))},t.normalizeProvider=e=>{if("function"==typeof e)return e
const t=Promise.resolve(e)
return()=>t},t.setFeature=function(e,t,r){e.__smithy_context?e.__smithy_context.features||(e.__smithy_context.features={}):e.__smithy_context={features:{}},e.__smithy_context.features[t]=r}},2207:(e,t,r)=>{const{nv:n,NumericValue:s,calculateBodyLength:i,generateIdempotencyToken:o,fromBase64:a,_parseEpochTimestamp:c}=r(1892),{hasOwn:u}=r(9928),{HttpRequest:l,collectBody:d,SerdeContext:h,AbstractRpcV2Protocol:f}=r(284),{NormalizedSchema:p,TypeRegistry:g}=r(2692),m=20,y=21,w=22,S=25,b=26,E=27,v=31
function C(e){return"undefined"!=typeof Buffer?Buffer.alloc(e):new Uint8Array(e)}const A=Symbol("@smithy/core/cbor::tagSymbol")
function T(e){return e[A]=!0,e}const x="undefined"!=typeof Buffer,I=new TextDecoder
let _=C(0),R=!1,k=new DataView(_.buffer,_.byteOffset,_.byteLength),O=0
function P(e,t){if(e>=t)throw new Error("unexpected end of (decode) payload.")
const r=(224&_[e])>>5,s=31&_[e]
if(31===s&&2<=r&&r<=5)return function(e,t){const r=(224&_[e])>>5,n=31&_[e]
if(n===v)switch(r){case 3:return function(e,t){const r=[]
for(const n=e+=1;e<t;){if(255===_[e]){const t=C(r.length)
return t.set(r,0),O=e-n+2,x?t.toString("utf-8",0,t.length):I.decode(t)}const s=(224&_[e])>>5,i=31&_[e]
if(3!==s&&H(s),i===v)throw new Error("nested indefinite string.")
const o=U(e,t)
e+=O
for(let e=0;e<o.length;++e)r.push(o[e])}throw new Error("expected break marker.")}(e,t)
case 5:return function(e,t){e+=1
const r=e,n={}
for(;e<t;){if(255===_[e])return O=e-r+2,n
const s=N(e,t)
e+=O,n[s]=P(e,t),e+=O}throw new Error("expected break marker.")}(e,t)
case 4:return function(e,t){const r=[]
for(const n=e+=1;e<t;){if(255===_[e])return O=e-n+2,r
r.push(P(e,t)),e+=O}throw new Error("expected break marker.")}(e,t)
case 2:return function(e,t){const r=[]
for(const n=e+=1;e<t;){if(255===_[e]){const t=C(r.length)
return t.set(r,0),O=e-n+2,t}const s=(224&_[e])>>5,i=31&_[e]
if(2!==s&&H(s),i===v)throw new Error("nested indefinite string.")
const o=U(e,t)
e+=O
for(let e=0;e<o.length;++e)r.push(o[e])}throw new Error("expected break marker.")}(e,t)}}(e,t)
switch(r){case 0:case 1:case 6:{let i,o
if(s<24)i=s,o=1
else switch(s){case 24:t-e<2&&B(1),i=_[e+1],o=2
break
case S:t-e<3&&B(2),i=k.getUint16(e+1),o=3
break
case b:t-e<5&&B(4),i=k.getUint32(e+1),o=5
break
case E:t-e<9&&B(8)
{const t=k.getUint32(e+1)
i=t<2097152?4294967296*t+k.getUint32(e+5):k.getBigUint64(e+1)}o=9
break
default:z(s)}if(0===r)return O=o,L(i)
if(1===r){let e
return e="bigint"==typeof i?BigInt(-1)-i:-1-i,O=o,L(e)}return function(e,t,r,s,i){if(2===r||3===r){const n=F(e+i,t)
let s=BigInt(0)
const o=e+i+O
for(let e=o;e<o+n;++e)s=s<<BigInt(8)|BigInt(_[e])
return O=i+O+n,3===r?-s-BigInt(1):s}if(4===r){const r=P(e+i,t),[s,o]=r,a=BigInt(o<0?-1:1)*BigInt(o),c=String(a),u=o<0?"-":""
let l
if("number"==typeof s&&Math.abs(s)<=2**28){const e=s,t="0".repeat(Math.abs(e)+1)+c
l=0===e?t:t.slice(0,t.length+e)+"."+t.slice(e),l=l.replace(/^0+/g,""),""===l&&(l="0"),"."===l[0]&&(l="0"+l),l=u+l}else{const e=BigInt(s)
if(1===c.length)l=u+c+"e"+String(e)
else{const t=e+BigInt(c.length-1)
l=u+c[0]+"."+c.slice(1)+"e"+String(t)}}return O=i+O,n(l)}{const r=P(e+i,t)
return O=i+O,T({tag:L(s),value:r})}}(e,t,s,i,o)}case 3:return N(e,t)
case 5:return function(e,t){const r=F(e,t)
if(r<25)return function(e,t,r){const n=O
e+=n
const s=e,i={}
for(let n=0;n<r;++n){const r=N(e,t)
e+=O,i[r]=P(e,t),e+=O}return O=n+(e-s),i}(e,t,r)
return function(e,t,r){const n=O
e+=n
const s=e,i=Object.create(null)
for(let n=0;n<r;++n){const r=N(e,t),n=(224&_[e+=O])>>5
i[r]=3===n?N(e,t):P(e,t),e+=O}return O=n+(e-s),Object.setPrototypeOf(i,Object.prototype),i}(e,t,r)}(e,t)
case 4:return function(e,t){const r=F(e,t),n=O
e+=n
const s=e,i=Array(r)
for(let n=0;n<r;++n)i[n]=P(e,t),e+=O
return O=n+(e-s),i}(e,t)
case 2:return U(e,t)
default:return function(e,t){const r=31&_[e]
switch(r){case y:case m:return O=1,r===y
case w:case 23:return O=1,null
case S:if(t-e<3)throw new Error("incomplete float16 at end of buf.")
return O=3,function(e,t){const r=(124&e)>>2,n=(3&e)<<8|t,s=e>>7?-1:1
if(0===r)return 0===n?0:s*(Math.pow(2,-14)*(n/1024))
if(31===r)return 0===n?s*(1/0):NaN
return s*(Math.pow(2,r-15)*(1+n/1024))}(_[e+1],_[e+2])
case b:if(t-e<5)throw new Error("incomplete float32 at end of buf.")
return O=5,k.getFloat32(e+1)
case E:if(t-e<9)throw new Error("incomplete float64 at end of buf.")
return O=9,k.getFloat64(e+1)
default:z(r)}}(e,t)}}function N(e,t){const r=F(e,t),n=O
return t-(e+=n)<r&&B(r),O=n+r,r<24?function(e,t){let r=t
for(let n=0;n<t;++n)r=31*r+_[e+n]|0
const n=r>>>0&2047,s=D[n]
if(void 0!==s&&s.length===t){let r=!0
for(let n=0;n<t;++n)if(s.charCodeAt(n)!==_[e+n]){r=!1
break}if(r)return M[n]=$,s}const i=R?_.toString("utf-8",e,e+t):I.decode(_.subarray(e,e+t))
M[n]!==$&&(D[n]=i,M[n]=$)
return i}(e,r):R?_.toString("utf-8",e,e+r):I.decode(_.subarray(e,e+r))}const D=new Array(2048),M=new Uint16Array(2048)
let $=0
function U(e,t){const r=F(e,t),n=O
t-(e+=n)<r&&B(r)
const s=_.subarray(e,e+r)
return O=n+r,s}function F(e,t){const r=31&_[e]
if(r<24)return O=1,r
switch(r){case 24:return t-e<2&&B(1),O=2,_[e+1]
case S:return t-e<3&&B(2),O=3,k.getUint16(e+1)
case b:return t-e<5&&B(4),O=5,k.getUint32(e+1)
case E:return t-e<9&&B(8),O=9,function(e){const t=Number(e);(t<Number.MIN_SAFE_INTEGER||Number.MAX_SAFE_INTEGER<t)&&console.warn(new Error(`@smithy/core/cbor - truncating BigInt(${e}) to ${t} with loss of precision.`))
return t}(k.getBigUint64(e+1))
default:z(r)}}function L(e){if("number"==typeof e)return e
const t=Number(e)
return Number.MIN_SAFE_INTEGER<=t&&t<=Number.MAX_SAFE_INTEGER?t:e}function B(e){throw new Error(`length ${e} greater than remaining buf len.`)}function z(e){throw new Error(`unexpected minor value ${e}.`)}function H(e){throw new Error(`unexpected major type ${e} in indefinite string.`)}const j="undefined"!=typeof Buffer,V=new Map
let q=0,W=!1
let G=C(2048),K=new DataView(G.buffer,G.byteOffset,G.byteLength),J=0
function Q(){const e=C(J)
return e.set(G.subarray(0,J),0),J=0,e}function Y(e){const t=G
G=C(e),t&&(t.copy?t.copy(G,0,0,t.byteLength):G.set(t,0)),K=new DataView(G.buffer,G.byteOffset,G.byteLength)}function X(e){const t=V.get(e)
if(void 0!==t)return G.set(t.bytes,J),J+=t.bytes.length,void(t.epoch=q)
const r=J
te(3,Buffer.byteLength(e)),J+=G.write(e,J)
const n=Uint8Array.prototype.slice.call(G,r,J)
if(V.size>=2048){if(W)return
let e=0
for(const[t,r]of V){if(e>=1024)break
r.epoch!==q&&(V.delete(t),e++)}if(0===e)return void(W=!0)}V.size<2048&&V.set(e,{epoch:q,bytes:n})}function Z(e){G.byteLength-J<e&&Y(J<16e6?Math.max(4*G.byteLength,G.byteLength+e):G.byteLength+e+16e6)}function ee(e,t){t<24?G[J++]=e<<5|t:t<256?(G[J++]=e<<5|24,G[J++]=t):t<65536?(G[J++]=e<<5|S,K.setUint16(J,t),J+=2):t<4294967296?(G[J++]=e<<5|b,K.setUint32(J,t),J+=4):(G[J++]=e<<5|E,K.setBigUint64(J,"bigint"==typeof t?t:BigInt(t)),J+=8)}function te(e,t){if(t<24)G[J++]=e<<5|t
else if(t<256)G[J++]=e<<5|24,G[J++]=t
else if(t<65536)G[J++]=e<<5|S,G[J++]=t>>8,G[J++]=255&t
else if(t<4294967296)G[J++]=e<<5|b,K.setUint32(J,t),J+=4
else{G[J++]=e<<5|E
const r=t/4294967296|0,n=t-4294967296*r|0
K.setUint32(J,r),K.setUint32(J+4,n),J+=8}}const re={deserialize:e=>($=$+1&65535,_=e,R=x&&_ instanceof Buffer,k=new DataView(_.buffer,_.byteOffset,_.byteLength),P(0,e.length)),serialize(e){q=q+1&65535,W=!1
try{return function(e){const t=[e]
for(;t.length;){const e=t.pop()
if("string"==typeof e){const t=e.length
if(j)Z(3*t+9),t>23?(ee(3,Buffer.byteLength(e)),J+=G.write(e,J)):X(e)
else{Z(3*t+9)
const r=J,n=(new TextEncoder).encodeInto(e,G.subarray(J+9)).written
let s
s=n<24?1:n<256?2:n<65536?3:n<4294967296?5:9,s<9&&G.copyWithin(r+s,r+9,r+9+n),J=r,te(3,n),J+=n}continue}if(G.byteLength-J<9&&Z(64),"number"!=typeof e){if("bigint"==typeof e){const t=e>=0,r=t?0:1,n=t?e:-e-BigInt(1)
if(n<BigInt("18446744073709551616")){const e=Number(n)
e<4294967296?te(r,e):(G[J++]=r<<5|E,K.setBigUint64(J,n),J+=8)}else{const e=n.toString(2),r=new Uint8Array(Math.ceil(e.length/8))
let s=n,i=0
for(;r.byteLength-++i>=0;)r[r.byteLength-i]=Number(s&BigInt(255)),s>>=BigInt(8)
Z(2*r.byteLength+16),G[J++]=t?194:195,ee(2,r.byteLength),G.set(r,J),J+=r.byteLength}continue}if(null!==e)if("boolean"!=typeof e){if(void 0===e)throw new Error("@smithy/core/cbor: client may not serialize undefined value.")
if(Array.isArray(e)){te(4,e.length),Z(9*e.length+64)
for(let r=e.length-1;r>=0;--r)t.push(e[r])}else{if("number"!=typeof e.byteLength){if("object"==typeof e){if(e instanceof s){let r=e.string,n=BigInt(0)
const s=r.search(/[eE]/);-1!==s&&(n=BigInt(r.slice(s+1)),r=r.slice(0,s))
const i=r.indexOf("."),o=-1===i?0:r.length-i-1,a=n-BigInt(o),c=BigInt(r.replace(".",""))
G[J++]=196,te(4,2),t.push(c),t.push(a>=-0x20000000000000n&&a<=0x1fffffffffffffn?Number(a):a)
continue}if(e[A]){if("tag"in e&&"value"in e){t.push(e.value),ee(6,e.tag)
continue}throw new Error("tag encountered with missing fields, need 'tag' and 'value', found: "+JSON.stringify(e))}const r=Object.keys(e),n=r.length
te(5,n)
for(let s=n-1;s>=0;--s)t.push(e[r[s]]),t.push(r[s])
continue}throw new Error(`data type ${e?.constructor?.name??typeof e} not compatible for encoding.`)}Z(2*e.length+9),te(2,e.length),G.set(e,J),J+=e.byteLength}}else G[J++]=224|(e?y:m)
else G[J++]=246}else{if(Number.isInteger(e)&&e>=-9007199254740992&&e<=9007199254740991){const t=e>=0,r=t?0:1,n=t?e:-e-1
if(n<24)G[J++]=r<<5|n
else if(n<256)G[J++]=r<<5|24,G[J++]=n
else if(n<65536)G[J++]=r<<5|S,G[J++]=n>>8,G[J++]=255&n
else if(n<4294967296)G[J++]=r<<5|b,K.setUint32(J,n),J+=4
else{G[J++]=r<<5|E
const e=n/4294967296|0,t=n-4294967296*e|0
K.setUint32(J,e),K.setUint32(J+4,t),J+=8}continue}G[J++]=251,K.setFloat64(J,e),J+=8}}}(e),Q()}catch(e){throw Q(),e}},resizeEncodingBuffer(e){Y(e)}},ne=(e,t)=>d(e,t).then(async e=>{if(e.length)try{return re.deserialize(e)}catch(r){throw Object.defineProperty(r,"$responseBodyText",{value:t.utf8Encoder(e)}),r}return{}}),se=e=>T({tag:1,value:e.getTime()/1e3}),ie=(e,t)=>{if(void 0!==t.__type)return(e=>{let t=e
return"number"==typeof t&&(t=t.toString()),t.indexOf(",")>=0&&(t=t.split(",")[0]),t.indexOf(":")>=0&&(t=t.split(":")[0]),t})(t.__type)}
class oe extends h{write(e,t){ge=0
Ee(p.of(e),t,void 0,this.serdeContext)}flush(){const e=fe.subarray(0,ge)
return ge=0,fe=be(he),pe=new DataView(fe.buffer,fe.byteOffset,fe.byteLength),e}}const ae=Symbol.for("@smithy/cbor-struct-cache")
function ce(e){const t=e.getSchema(),r=t[ae]
if(r)return r
const n=[],s=[]
for(const[t,r]of e.structIterator())n.push(t),s.push(r)
const i=new Array(n.length)
for(let e=0;e<n.length;++e)i[e]=ue(n[e])
const o={memberNames:n,memberSchemas:s,encodedKeys:i}
return t[ae]=o,o}function ue(e){let t
t=le?Buffer.from(e,"utf-8"):(new TextEncoder).encode(e)
const r=t.length
let n
n=r<24?1:r<256?2:3
const s=new Uint8Array(n+r)
return 1===n?s[0]=96|r:2===n?(s[0]=120,s[1]=r):(s[0]=121,s[1]=r>>8,s[2]=255&r),s.set(t,n),s}const le="undefined"!=typeof Buffer,de=new TextEncoder,he=2048
let fe=le?Buffer.allocUnsafe(he):new Uint8Array(he),pe=new DataView(fe.buffer,fe.byteOffset,fe.byteLength),ge=0
const me=2048,ye=new Map
let we=0,Se=!1
function be(e){return le?Buffer.allocUnsafe(e):new Uint8Array(e)}function Ee(e,t,r,n){if(null==t)return void 0===t&&e.isIdempotencyToken()?void _e(o()):(Te(1),void(fe[ge++]=246))
if(e.isUnitSchema())return Te(1),void xe(5,0)
if("object"==typeof t){if(e.isBlobSchema()&&t instanceof Uint8Array)return void Ne(t)
if(e.isTimestampSchema()&&t instanceof Date)return void $e(t)
if(e.isStructSchema())return void function(e,t,r){if(e.isUnionSchema()){let n=!1
for(const[s,i]of e.structIterator()){const o=t[s]
if(null!=o){Te(9),xe(5,1),_e(s),Ee(i,o,e,r),n=!0
break}}if(!n){const{$unknown:e}=t
Array.isArray(e)?(Te(9),xe(5,1),_e(e[0]),Ae(e[1])):(Te(9),xe(5,0))}return}const n=ce(e),{memberNames:s,memberSchemas:i,encodedKeys:o}=n,a=s.length
let c
c=a<24?1:a<256?2:3
Te(c)
const l=ge
ge+=c
let d=0
for(let n=0;n<a;++n){const a=t[s[n]]
if(null==a&&!i[n].isIdempotencyToken())continue
const c=o[n]
Te(c.length),fe.set(c,ge),ge+=c.length,Ee(i[n],a,e,r),++d}if("string"==typeof t.__type)for(const e in t)u(t,e)&&(s.includes(e)||(_e(e),Ae(t[e]),++d))
1===c?fe[l]=160|d:2===c?(fe[l]=184,fe[l+1]=d):(fe[l]=185,fe[l+1]=d>>8,fe[l+2]=255&d)}(e,t,n)
if(Array.isArray(t)&&(e.isListSchema()||e.isDocumentSchema()))return void ve(e,t,e.isDocumentSchema(),n)
if(e.isMapSchema())return void Ce(e,t,!1,n)
if(t instanceof Date)return void $e(t)
if(t instanceof Uint8Array)return void Ne(t)
if(t instanceof s)return void Me(t)
if(t[A]){const e=t
return void De(e.tag,e.value)}return e.isDocumentSchema()?void(Array.isArray(t)?ve(e,t,!0,n):Ce(e,t,!0,n)):e.isBigDecimalSchema()?void Ae(t):void Ce(e,t,!0,n)}if("string"!=typeof t)return"number"==typeof t?(Te(9),void(Number.isInteger(t)&&t>=-9007199254740992&&t<=9007199254740991?Oe(t):ke(t))):"boolean"==typeof t?(Te(1),void(fe[ge++]=224|(t?y:m))):void("bigint"!=typeof t?_e(String(t)):Pe(t))
if(e.isBlobSchema()){return void Ne((n?.base64Decoder??a)(t))}_e(t)}function ve(e,t,r,n){const s=!!e.getMergedTraits().sparse,i=e.getValueSchema()
if(r||s){const e=[]
for(let n=0;n<t.length;++n){const i=t[n]
r?void 0!==i&&e.push(i):(null!=i||s)&&e.push(i)}Te(9),xe(4,e.length)
for(let t=0;t<e.length;++t)Ee(i,e[t],0,n)}else{let e=0
for(let r=0;r<t.length;++r)null!=t[r]&&++e
Te(9),xe(4,e)
for(let e=0;e<t.length;++e)null!=t[e]&&Ee(i,t[e],0,n)}}function Ce(e,t,r,n){const s=!!e.getMergedTraits().sparse,i=e.getValueSchema(),o=[]
for(const e in t){if(!u(t,e))continue
const n=t[e];(r?void 0!==n:null!=n||s)&&o.push(e)}Te(9),xe(5,o.length)
for(let e=0;e<o.length;++e){const r=o[e]
_e(r),Ee(i,t[r],0,n)}}function Ae(e){if(null==e)return Te(1),void(fe[ge++]=246)
if("string"!=typeof e){if("number"==typeof e)return Te(9),void(Number.isInteger(e)&&e>=-9007199254740992&&e<=9007199254740991?Oe(e):ke(e))
if("boolean"==typeof e)return Te(1),void(fe[ge++]=224|(e?y:m))
if("bigint"!=typeof e)if(e instanceof Uint8Array)Ne(e)
else if(e instanceof Date)$e(e)
else if(e instanceof s)Me(e)
else{if(e[A]){const t=e
return void De(t.tag,t.value)}if(Array.isArray(e)){Te(9),xe(4,e.length)
for(let t=0;t<e.length;++t)Ae(e[t])}else{if("object"==typeof e){const t=Object.keys(e)
Te(9),xe(5,t.length)
for(let r=0;r<t.length;++r)_e(t[r]),Ae(e[t[r]])
return}_e(String(e))}}else Pe(e)}else _e(e)}function Te(e){if(ge+e>fe.length){let t=2*fe.length
for(;t<ge+e;)t*=2
const r=be(t)
r.set(fe.subarray(0,ge)),fe=r,pe=new DataView(r.buffer,r.byteOffset,r.byteLength)}}function xe(e,t){if(t<24)fe[ge++]=e<<5|t
else if(t<256)fe[ge++]=e<<5|24,fe[ge++]=t
else if(t<65536)fe[ge++]=e<<5|S,fe[ge++]=t>>8,fe[ge++]=255&t
else if(t<4294967296)fe[ge++]=e<<5|b,pe.setUint32(ge,t),ge+=4
else{fe[ge++]=e<<5|E
const r=t/4294967296|0,n=t-4294967296*r|0
pe.setUint32(ge,r),pe.setUint32(ge+4,n),ge+=8}}function Ie(e,t){const r=Number(t)
r<4294967296?xe(e,r):(fe[ge++]=e<<5|E,pe.setBigUint64(ge,t),ge+=8)}function _e(e){const t=e.length
if(t<=23){const r=ye.get(e)
if(r)return Te(r.bytes.length),fe.set(r.bytes,ge),ge+=r.bytes.length,void(r.epoch=we)
const n=ge
Re(e,t)
const s=ge,i=Uint8Array.prototype.slice.call(fe,n,s)
if(ye.size>=me){if(Se)return
let e=0
for(const[t,r]of ye){if(e>=1024)break
r.epoch!==we&&(ye.delete(t),++e)}if(0===e)return void(Se=!0)}return void(ye.size<me&&ye.set(e,{epoch:we,bytes:i}))}Re(e,t)}function Re(e,t){if(le){Te(3*t+9)
xe(3,Buffer.byteLength(e)),ge+=fe.write(e,ge)}else{Te(3*t+9)
const r=ge,n=de.encodeInto(e,fe.subarray(r+9)).written
let s
s=n<24?1:n<256?2:n<65536?3:n<4294967296?5:9,s<9&&fe.copyWithin(r+s,r+9,r+9+n),ge=r,xe(3,n),ge+=n}}function ke(e){Te(9),fe[ge++]=251,pe.setFloat64(ge,e),ge+=8}function Oe(e){Te(9)
const t=e>=0
xe(t?0:1,t?e:-e-1)}function Pe(e){const t=e>=0,r=t?0:1,n=t?e:-e-BigInt(1)
if(n<BigInt("18446744073709551616"))Te(9),Ie(r,n)
else{const e=n.toString(2),r=Math.ceil(e.length/8),s=new Uint8Array(r)
let i=n
for(let e=r-1;e>=0;--e)s[e]=Number(i&BigInt(255)),i>>=BigInt(8)
Te(r+16),fe[ge++]=t?194:195,xe(2,r),fe.set(s,ge),ge+=r}}function Ne(e){Te(e.length+9),xe(2,e.length),fe.set(e,ge),ge+=e.length}function De(e,t){Te(9),"bigint"==typeof e?Ie(6,e):xe(6,e),Ae(t)}function Me(e){let t=e.string,r=BigInt(0)
const n=t.search(/[eE]/);-1!==n&&(r=BigInt(t.slice(n+1)),t=t.slice(0,n))
const s=t.indexOf("."),i=-1===s?0:t.length-s-1,o=r-BigInt(i),a=BigInt(t.replace(".",""))
Te(9),fe[ge++]=196,xe(4,2),Te(9),o>=-0x20000000000000n&&o<=0x1fffffffffffffn?Oe(Number(o)):Pe(o),Pe(a)}function $e(e){Te(18),xe(6,1)
const t=e.getTime()/1e3
Number.isInteger(t)?Oe(t):ke(t)}class Ue extends h{read(e,t){return Be=t,ze=Fe&&t instanceof Buffer,He=new DataView(t.buffer,t.byteOffset,t.byteLength),je=0,Ve=t.length,Ke=Ke+1&65535,Je(p.of(e))}readValue(e,t){return st(p.of(e),t)}}const Fe="undefined"!=typeof Buffer,Le=new TextDecoder
let Be=new Uint8Array(0),ze=!1,He=new DataView(new ArrayBuffer(0)),je=0,Ve=0
const qe=2048,We=new Array(qe),Ge=new Uint16Array(qe)
let Ke=0
function Je(e){if(je>=Ve)throw new Error("unexpected end of CBOR payload.")
const t=(224&Be[je])>>5
if((31&Be[je])===v&&t>=2&&t<=5)return function(e,t){switch(t){case 3:return function(){je+=1
const e=[]
let t=0
for(;je<Ve;){if(255===Be[je]){je+=1
const r=new Uint8Array(t)
let n=0
for(let t=0;t<e.length;++t)r.set(e[t],n),n+=e[t].length
return Fe?Buffer.from(r.buffer,r.byteOffset,r.byteLength).toString("utf-8"):Le.decode(r)}const r=et()
e.push(r),t+=r.length}throw new Error("expected break marker.")}()
case 2:return function(){je+=1
const e=[]
let t=0
for(;je<Ve;){if(255===Be[je]){je+=1
const r=new Uint8Array(t)
let n=0
for(let t=0;t<e.length;++t)r.set(e[t],n),n+=e[t].length
return r}const r=et()
e.push(r),t+=r.length}throw new Error("expected break marker.")}()
case 4:return function(e){je+=1
const t=e.isListSchema()?e.getValueSchema():e,r=[]
for(;je<Ve;){if(255===Be[je])return je+=1,r
r.push(Je(t))}throw new Error("expected break marker.")}(e)
case 5:return function(e){if(je+=1,e.isStructSchema()){const t=ce(e),{memberSchemas:r,encodedKeys:n,memberNames:s}=t,i=n.length,o=e.isUnionSchema(),a={}
let c,l,d=0,h=0
for(;je<Ve;){if(255===Be[je]){if(je+=1,o){let e=!0
for(const t in a)if(u(a,t)){e=!1
break}e&&1===d&&(a.$unknown=[c,l])}return a}const e=Qe(n,i,h)
if(e>=0){h=e+1,h>=i&&(h=0)
const t=Je(r[e])
null!=t&&(a[s[e]]=t)}else{const e=tt(),t=Je(p.of(15))
"__type"!==e&&(c=e,l=t,++d)}}throw new Error("expected break marker.")}const t=e.isMapSchema()?e.getValueSchema():e,r={}
for(;je<Ve;){if(255===Be[je])return je+=1,r
r[tt()]=Je(t)}throw new Error("expected break marker.")}(e)
default:throw new Error(`unexpected indefinite length for major ${t}.`)}}(e,t)
switch(t){case 0:return rt(Xe())
case 1:return function(){const e=Xe()
if("bigint"==typeof e)return BigInt(-1)-e
return-1-e}()
case 2:return et()
case 3:return tt()
case 4:return function(e){const t=Ze(),r=e.isListSchema()?e.getValueSchema():e,n=Array(t)
for(let e=0;e<t;++e)n[e]=Je(r)
return n}(e)
case 5:return function(e){const t=Ze()
if(e.isStructSchema()){return function(e,t,r){const n=e.isUnionSchema(),s=ce(e),{memberSchemas:i,encodedKeys:o,memberNames:a}=s,c=o.length,l={}
let d,h,f=0,g=!1,m=0
for(let e=0;e<t;++e){const e=Qe(o,c,m)
if(e>=0){m=e+1,m>=c&&(m=0)
const t=Je(i[e])
null!=t&&(l[a[e]]=t)}else{const e=tt(),t=Je(p.of(15))
"__type"===e&&"string"==typeof t?g=!0:(d=e,h=t,++f)}}if(n){let e=!0
for(const t in l)if(u(l,t)){e=!1
break}e&&1===f&&(l.$unknown=[d,h])}else if(g){je=r
const e=p.of(15)
for(let r=0;r<t;++r){const t=tt(),r=Je(e)
t in l||(l[t]=r)}}return l}(e,t,je)}const r=e.isMapSchema()?e.getValueSchema():e,n={}
for(let e=0;e<t;++e){n[tt()]=Je(r)}return n}(e)
case 6:return function(){const e=Xe(),t="bigint"==typeof e?Number(e):e
if(1===t){const e=Je(p.of(15))
return c(e)}if(2===t||3===t){const e=et()
let r=BigInt(0)
for(let t=0;t<e.length;++t)r=r<<BigInt(8)|BigInt(e[t])
return 3===t?-r-BigInt(1):r}if(4===t){const e=Je(p.of(15)),[t,r]=e,s=BigInt(r<0?-1:1)*BigInt(r),i=String(s),o=r<0?"-":""
let a
if("number"==typeof t&&Math.abs(t)<=2**28){const e=t,r="0".repeat(Math.abs(e)+1)+i
a=0===e?r:r.slice(0,r.length+e)+"."+r.slice(e),a=a.replace(/^0+/g,""),""===a&&(a="0"),"."===a[0]&&(a="0"+a),a=o+a}else{const e=BigInt(t)
if(1===i.length)a=o+i+"e"+String(e)
else{const t=e+BigInt(i.length-1)
a=o+i[0]+"."+i.slice(1)+"e"+String(t)}}return n(a)}const r=Je(p.of(15))
return{tag:rt(e),value:r}}()
case 7:return function(){const e=je,t=31&Be[e]
switch(t){case y:return je=e+1,!0
case m:return je=e+1,!1
case w:case 23:return je=e+1,null
case S:return Ve-e<3&&nt(2),je=e+3,function(e,t){const r=(124&e)>>2,n=(3&e)<<8|t,s=e>>7?-1:1
if(0===r)return 0===n?0:s*(Math.pow(2,-14)*(n/1024))
if(31===r)return 0===n?s*(1/0):NaN
return s*(Math.pow(2,r-15)*(1+n/1024))}(Be[e+1],Be[e+2])
case b:return Ve-e<5&&nt(4),je=e+5,He.getFloat32(e+1)
case E:return Ve-e<9&&nt(8),je=e+9,He.getFloat64(e+1)
default:throw new Error(`unexpected minor value ${t} for major 7.`)}}()
default:throw new Error(`unexpected CBOR major type ${t}.`)}}function Qe(e,t,r){const n=e[r]
if(je+n.length<=Ve&&Ye(je,n))return je+=n.length,r
for(let n=0;n<t;++n){if(n===r)continue
const t=e[n]
if(je+t.length<=Ve&&Ye(je,t))return je+=t.length,n}return-1}function Ye(e,t){const r=t.length
if(Be[e]!==t[0])return!1
for(let n=1;n<r;++n)if(Be[e+n]!==t[n])return!1
return!0}function Xe(){const e=31&Be[je]
if(e<24)return je+=1,e
switch(e){case 24:return Ve-je<2&&nt(1),je+=2,Be[je-1]
case S:return Ve-je<3&&nt(2),je+=3,He.getUint16(je-2)
case b:return Ve-je<5&&nt(4),je+=5,He.getUint32(je-4)
case E:{Ve-je<9&&nt(8),je+=9
const e=He.getUint32(je-8)
return e<2097152?4294967296*e+He.getUint32(je-4):He.getBigUint64(je-8)}default:throw new Error(`unexpected minor value ${e}.`)}}function Ze(){const e=Xe()
return"bigint"==typeof e?Number(e):e}function et(){const e=Ze()
Ve-je<e&&nt(e)
const t=je
return je+=e,Be.subarray(t,t+e)}function tt(){const e=Ze()
Ve-je<e&&nt(e)
const t=je
return je+=e,e<24?function(e,t){let r=t
for(let n=0;n<t;++n)r=31*r+Be[e+n]|0
const n=r>>>0&qe-1,s=We[n]
if(void 0!==s&&s.length===t){let r=!0
for(let n=0;n<t;++n)if(s.charCodeAt(n)!==Be[e+n]){r=!1
break}if(r)return Ge[n]=Ke,s}const i=ze?Be.toString("utf-8",e,e+t):Le.decode(Be.subarray(e,e+t))
Ge[n]!==Ke&&(We[n]=i,Ge[n]=Ke)
return i}(t,e):ze?Be.toString("utf-8",t,t+e):Le.decode(Be.subarray(t,t+e))}function rt(e){if("number"==typeof e)return e
const t=Number(e)
return Number.MIN_SAFE_INTEGER<=t&&t<=Number.MAX_SAFE_INTEGER?t:e}function nt(e){throw new Error(`CBOR: length ${e} greater than remaining buffer length.`)}function st(e,t){if(e.isTimestampSchema()){if("number"==typeof t)return c(t)
if("object"==typeof t&&null!==t&&1===t.tag&&"value"in t)return c(t.value)}if(e.isBlobSchema())return t
if(void 0===t||"boolean"==typeof t||"number"==typeof t||"string"==typeof t||"bigint"==typeof t||"symbol"==typeof t)return t
if("object"!=typeof t||null===t)return t
if("byteLength"in t)return t
if(t instanceof Date)return t
if(t instanceof s)return t
if(e.isDocumentSchema())return t
if(e.isListSchema()){const r=e.getValueSchema(),n=[]
for(const e of t)n.push(st(r,e))
return n}const r={}
if(e.isMapSchema()){const n=e.getValueSchema()
for(const e in t)u(t,e)&&(r[e]=st(n,t[e]))}else if(e.isStructSchema()){const n=e.isUnionSchema()
let s
if(n){s=new Set
for(const e in t)u(t,e)&&"__type"!==e&&s.add(e)}for(const[i,o]of e.structIterator())n&&s.delete(i),null!=t[i]&&(r[i]=st(o,t[i]))
if(n&&1===s?.size){let e=!0
for(const t in r)if(u(r,t)){e=!1
break}if(e){const e=s.values().next().value
r.$unknown=[e,t[e]]}}else if("string"==typeof t.__type)for(const e in t)u(t,e)&&(e in r||(r[e]=t[e]))}return r}class it extends h{createSerializer(){const e=new oe
return e.setSerdeContext(this.serdeContext),e}createDeserializer(){const e=new Ue
return e.setSerdeContext(this.serdeContext),e}}t.CborCodec=it,t.CborShapeDeserializer=class extends h{read(e,t){const r=re.deserialize(t)
return this.readValue(e,r)}readValue(e,t){const r=p.of(e)
if(r.isTimestampSchema()){if("number"==typeof t)return c(t)
if("object"==typeof t&&1===t.tag&&"value"in t)return c(t.value)}if(r.isBlobSchema())return"string"==typeof t?(this.serdeContext?.base64Decoder??a)(t):t
if(void 0===t||"boolean"==typeof t||"number"==typeof t||"string"==typeof t||"bigint"==typeof t||"symbol"==typeof t)return t
if("object"==typeof t){if(null===t)return null
if("byteLength"in t)return t
if(t instanceof Date)return t
if(r.isDocumentSchema())return t
if(r.isListSchema()){const e=[],n=r.getValueSchema()
for(const r of t){const t=this.readValue(n,r)
e.push(t)}return e}const e={}
if(r.isMapSchema()){const n=r.getValueSchema()
for(const r in t){if(!u(t,r))continue
const s=this.readValue(n,t[r])
e[r]=s}}else if(r.isStructSchema()){const n=r.isUnionSchema()
let s
if(n){s=new Set
for(const e in t)u(t,e)&&"__type"!==e&&s.add(e)}for(const[i,o]of r.structIterator())n&&s.delete(i),null!=t[i]&&(e[i]=this.readValue(o,t[i]))
if(n&&1===s?.size){let r=!0
for(const t in e)if(u(e,t)){r=!1
break}if(r){const r=s.values().next().value
e.$unknown=[r,t[r]]}}else if("string"==typeof t.__type)for(const r in t)u(t,r)&&(r in e||(e[r]=t[r]))}else if(t instanceof s)return t
return e}return t}},t.CborShapeDeserializer2=Ue,t.CborShapeSerializer=class extends h{value
write(e,t){this.value=this.serialize(e,t)}serialize(e,t){const r=p.of(e)
if(null==t)return r.isIdempotencyToken()?o():t
if(r.isBlobSchema())return"string"==typeof t?(this.serdeContext?.base64Decoder??a)(t):t
if(r.isTimestampSchema())return se("number"==typeof t||"bigint"==typeof t?new Date(Number(t)/1e3|0):t)
if("function"==typeof t||"object"==typeof t){const e=t
if(r.isListSchema()&&Array.isArray(e)){const t=!!r.getMergedTraits().sparse,n=[]
let s=0
for(const i of e){const e=this.serialize(r.getValueSchema(),i);(null!=e||t)&&(n[s++]=e)}return n}if(e instanceof Date)return se(e)
const n={}
if(r.isMapSchema()){const t=!!r.getMergedTraits().sparse
for(const s in e){if(!u(e,s))continue
const i=this.serialize(r.getValueSchema(),e[s]);(null!=i||t)&&(n[s]=i)}}else if(r.isStructSchema()){for(const[t,s]of r.structIterator()){const r=this.serialize(s,e[t])
null!=r&&(n[t]=r)}if(r.isUnionSchema()&&Array.isArray(e.$unknown)){const[t,r]=e.$unknown
n[t]=r}else if("string"==typeof e.__type)for(const t in e)u(e,t)&&(t in n||(n[t]=this.serialize(15,e[t])))}else if(r.isDocumentSchema()){if(Array.isArray(e)){const t=[]
let n=0
for(const s of e)t[n++]=this.serialize(r.getValueSchema(),s)
return t}for(const t in e)u(e,t)&&(n[t]=this.serialize(r.getValueSchema(),e[t]))}else if(r.isBigDecimalSchema())return e
return n}return t}flush(){const e=re.serialize(this.value)
return this.value=void 0,e}},t.CborShapeSerializer2=oe,t.SmithyRpcV2CborProtocol=class extends f{codec=new it
serializer=this.codec.createSerializer()
deserializer=this.codec.createDeserializer()
getShapeId(){return"smithy.protocols#rpcv2Cbor"}getPayloadCodec(){return this.codec}getSmithyProtocolHeaderValue(){return"rpc-v2-cbor"}applyEmptyBody(e){e.body||(this.serializer.write(15,{}),e.body=this.serializer.flush()),e.body instanceof Uint8Array&&(e.headers["content-length"]=String(e.body.byteLength))}async handleError(e,t,r,n,s){const i=ie(0,n)??"Unknown",o=["*"],{defaultNamespace:a}=this.options
o.unshift(a)
const[c,u]=i.includes("#")?i.split("#"):[void 0,i]
c&&o.unshift(c)
const l={$metadata:s,$fault:r.statusCode<500?"client":"server"},d=[this.compositeErrorRegistry]
c&&d.push(g.for(c)),d.push(g.for(a))
const[h,f,m]=this.resolveError(u,o,d)
if("native"===m||"synthetic"===m){n.Message&&(n.message=n.Message)
const e="synthetic"===m?new f({name:u}):new Error(u)
throw Object.assign(e,l,n)}const y=p.of(h),w=n.message??n.Message??"Unknown",S=new f({}),b={}
for(const[e,t]of y.structIterator())b[e]=this.deserializer.readValue(t,n[e])
throw Object.assign(S,l,{$fault:y.getMergedTraits().error,message:w},b)}getDefaultContentType(){return"application/cbor"}},t.buildHttpRpcRequest=async(e,t,r,n,s)=>{const o=await e.endpoint(),{hostname:a,protocol:c="https",port:d,path:h}=o,f={protocol:c,hostname:a,port:d,method:"POST",path:h.endsWith("/")?h.slice(0,-1)+r:h+r,headers:{...t}}
if(void 0!==n&&(f.hostname=n),o.headers)for(const e in o.headers)u(o.headers,e)&&(f.headers[e]=o.headers[e])
if(void 0!==s){f.body=s
try{f.headers["content-length"]=String(i(s))}catch(e){}}return new l(f)},t.cbor=re,t.checkCborResponse=e=>{if("rpc-v2-cbor"!==String(e.headers["smithy-protocol"]).toLowerCase())throw new Error("Malformed RPCv2 CBOR response, status: "+e.statusCode)},t.dateToTag=se,t.loadSmithyRpcV2CborErrorCode=ie,t.parseCborBody=ne,t.parseCborErrorBody=async(e,t)=>{const r=await ne(e,t)
return r.message=r.message??r.Message,r},t.tag=T,t.tagSymbol=A},9128:(e,t,r)=>{const{createReadStream:n}=r(3024),{Writable:s}=r(7075),{toUint8Array:i,concatBytes:o}=r(1892),{createHash:a,createHmac:c}=r(7598),u=r(8522)
async function l(e,t,r=1048576){const n=e.size
let s=0
for(;s<n;){const i=e.slice(s,Math.min(n,s+r))
t(new Uint8Array(await i.arrayBuffer())),s+=i.size}}class d extends s{hash
constructor(e,t){super(t),this.hash=e}_write(e,t,r){try{this.hash.update(i(e))}catch(e){return r(e)}r()}}const h=e=>"string"==typeof e.path
class f{digestLength=16
state=Uint32Array.from(p)
writeBuffer=new DataView(new ArrayBuffer(64))
bufferLength=0
bytesHashed=0
update(e){const t=i(e)
let r=0,n=t.byteLength
for(this.bytesHashed+=n;n>0;)this.writeBuffer.setUint8(this.bufferLength++,t[r++]),--n,64===this.bufferLength&&(w(this.state,this.writeBuffer),this.bufferLength=0)}async digest(){const e=Uint32Array.from(this.state),t=new DataView(this.writeBuffer.buffer.slice(0))
let r=this.bufferLength
const n=8*this.bytesHashed
if(t.setUint8(r++,128),this.bufferLength%64>=56){for(let e=r;e<64;++e)t.setUint8(e,0)
w(e,t),r=0}for(let e=r;e<56;++e)t.setUint8(e,0)
t.setUint32(56,n>>>0,!0),t.setUint32(60,Math.floor(n/2**32),!0),w(e,t)
const s=new Uint8Array(16),i=new DataView(s.buffer)
for(let t=0;t<4;++t)i.setUint32(4*t,e[t],!0)
return s}reset(){this.state.set(p),this.writeBuffer=new DataView(new ArrayBuffer(64)),this.bufferLength=0,this.bytesHashed=0}}const p=[1732584193,4023233417,2562383102,271733878],g=4294967295,m=Uint8Array.of(7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21),y=Array.from({length:64},(e,t)=>Math.abs(Math.sin(t+1))*2**32>>>0)
function w(e,t){let r=e[0],n=e[1],s=e[2],i=e[3]
for(let e=0;e<64;++e){let o,a
e<16?(o=n&s|~n&i,a=e):e<32?(o=i&n|s&~i,a=(5*e+1)%16):e<48?(o=n^s^i,a=(3*e+5)%16):(o=s^(n|~i),a=7*e%16)
const c=t.getUint32(4*a,!0),u=i
i=s,s=n
const l=m[4*(e>>4)+(3&e)],d=(r+o&g)+(c+y[e]&g)&g
n=n+((d<<l|d>>>32-l)>>>0)&g,r=u}e[0]=e[0]+r&g,e[1]=e[1]+n&g,e[2]=e[2]+s&g,e[3]=e[3]+i&g}const S=(()=>{try{return a("md5"),!0}catch{return!1}})()?class{digestLength=16
hash=a("md5")
update(e){this.hash.update(i(e))}async digest(){const e=this.hash.copy().digest()
return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=a("md5")}}:f
const b=new Uint32Array(256)
for(let e=0;e<256;++e){let t=e
for(let e=0;e<8;++e)t=1&t?3988292384^t>>>1:t>>>1
b[e]=t>>>0}const E=4294967295
class v{digestLength=4
checksum=E
update(e){for(let t=0;t<e.length;++t)this.checksum=this.checksum>>>8^b[255&(this.checksum^e[t])]}digestSync(){return(this.checksum^E)>>>0}async digest(){const e=this.digestSync(),t=new Uint8Array(4)
return new DataView(t.buffer).setUint32(0,e,!1),t}reset(){this.checksum=E}}const C="function"==typeof u.crc32?u.crc32:void 0,A=C?(T=C,class{digestLength=4
value=0
update(e){this.value=T(e,this.value)}digestSync(){return this.value>>>0}async digest(){const e=new Uint8Array(4)
return new DataView(e.buffer).setUint32(0,this.digestSync(),!1),e}reset(){this.value=0}}):v
var T
const x=64,I=2**53-1
class _{digestLength=32
state=Int32Array.from(R)
w
buffer=new Uint8Array(64)
bufferLength=0
bytesHashed=0
finished=!1
inner
outer
constructor(e){if(e){const t=_.normalizeKey(e)
this.inner=new _,this.outer=new _
const{inner:r,outer:n}=this,s=new Uint8Array(128)
for(let e=0;e<x;++e)s[e]=54^t[e],s[e+x]=92^t[e]
r.update(s.subarray(0,x)),n.update(s.subarray(x))}}update(e){if(this.finished)throw new Error("Attempted to update an already finished HMAC.")
if(this.inner)return void this.inner.update(e)
const t=i(e)
let r=0,{byteLength:n}=t
if(this.bytesHashed+=n,8*this.bytesHashed>I)throw new Error("Cannot hash more than 2^53 - 1 bits")
for(;n>0;)this.buffer[this.bufferLength++]=t[r++],n--,this.bufferLength===x&&(this.hashBuffer(),this.bufferLength=0)}async digest(){const{inner:e,outer:t}=this
if(e&&t){if(this.finished)throw new Error("Attempted to digest an already finished HMAC.")
this.finished=!0
const r=e.digestSync()
return t.update(r),t.digestSync()}return this.digestSync()}reset(){this.state=Int32Array.from(R),this.buffer=new Uint8Array(64),this.bufferLength=0,this.bytesHashed=0}digestSync(){const e=this.state.slice(),t=this.buffer.slice()
let r=this.bufferLength
const n=8*this.bytesHashed,s=new DataView(t.buffer,t.byteOffset,t.byteLength)
if(s.setUint8(r++,128),(r-1)%x>=56){for(let e=r;e<x;++e)s.setUint8(e,0)
this.hashBufferWith(e,t),r=0}for(let e=r;e<56;++e)s.setUint8(e,0)
s.setUint32(56,Math.floor(n/4294967296),!1),s.setUint32(60,n,!1),this.hashBufferWith(e,t)
const i=new Uint8Array(32)
for(let t=0;t<8;++t)i[4*t]=e[t]>>>24&255,i[4*t+1]=e[t]>>>16&255,i[4*t+2]=e[t]>>>8&255,i[4*t+3]=e[t]>>>0&255
return i}static normalizeKey(e){const t=i(e)
if(t.byteLength>x){const e=new _
e.update(t)
const r=e.digestSync(),n=new Uint8Array(x)
return n.set(r),n}if(t.byteLength<x){const e=new Uint8Array(x)
return e.set(t),e}return t}hashBuffer(){this.hashBufferWith(this.state,this.buffer)}hashBufferWith(e,t){const r=this.w??=new Int32Array(64)
let n=e[0],s=e[1],i=e[2],o=e[3],a=e[4],c=e[5],u=e[6],l=e[7]
for(let e=0;e<x;++e){if(e<16)r[e]=(255&t[4*e])<<24|(255&t[4*e+1])<<16|(255&t[4*e+2])<<8|255&t[4*e+3]
else{let t=r[e-2]
const n=(t>>>17|t<<15)^(t>>>19|t<<13)^t>>>10
t=r[e-15]
const s=(t>>>7|t<<25)^(t>>>18|t<<14)^t>>>3
r[e]=(n+r[e-7]|0)+(s+r[e-16]|0)}const d=(((a>>>6|a<<26)^(a>>>11|a<<21)^(a>>>25|a<<7))+(a&c^~a&u)|0)+(l+(k[e]+r[e]|0)|0)|0,h=((n>>>2|n<<30)^(n>>>13|n<<19)^(n>>>22|n<<10))+(n&s^n&i^s&i)|0
l=u,u=c,c=a,a=o+d|0,o=i,i=s,s=n,n=d+h|0}e[0]+=n,e[1]+=s,e[2]+=i,e[3]+=o,e[4]+=a,e[5]+=c,e[6]+=u,e[7]+=l}}const R=new Int32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),k=new Int32Array([1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,2756734187,3204031479,3329325298]),O=(()=>{try{return a("sha256"),!0}catch{return!1}})()?class{digestLength=32
secret
hash
isHmac
finished=!1
constructor(e){this.secret=e,this.isHmac=!!e,this.hash=this.createHash()}update(e){if(this.finished)throw new Error("Attempted to update an already finished hash.")
this.hash.update(e)}async digest(){let e
return this.isHmac?(this.finished=!0,e=this.hash.digest()):e=this.hash.copy().digest(),new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=this.createHash(),this.finished=!1}createHash(){return this.secret?c("sha256","string"==typeof(e=this.secret)?e:ArrayBuffer.isView(e)?Buffer.from(e.buffer,e.byteOffset,e.byteLength):Buffer.from(e)):a("sha256")
var e}}:_
const{digest:P,sign:N,importKey:D}=globalThis?.crypto?.subtle??{},M="function"==typeof P&&"function"==typeof N&&"function"==typeof D?globalThis.crypto.subtle:void 0
t.Crc32=A,t.Crc32Js=v,t.Crc32Node=A,t.Md5=S,t.Md5Js=f,t.Md5Node=S,t.Sha256=O,t.Sha256Js=_,t.Sha256Node=O,t.Sha256WebCrypto=class{digestLength=32
secret
pending=[]
pendingBytes=0
fallback
finished=!1
constructor(e){e&&(this.secret=i(e))}update(e){if(this.finished)throw new Error("Attempted to update an already finished HMAC.")
this.fallback?this.fallback.update(e):(this.pending.push(e.slice()),this.pendingBytes+=e.byteLength,this.pendingBytes>=8388608&&this.switchToFallback())}async digest(){if(this.fallback)return this.fallback.digest()
if(this.secret&&this.finished)throw new Error("Attempted to digest an already finished HMAC.")
const e=o(this.pending)
if(M){if(this.secret){this.finished=!0
const t=await M.importKey("raw",this.secret,{name:"HMAC",hash:"SHA-256"},!1,["sign"]),r=await M.sign("HMAC",t,e)
return new Uint8Array(r)}const t=await M.digest("SHA-256",e)
return new Uint8Array(t)}const t=new _(this.secret)
return t.update(e),t.digest()}reset(){this.pending=[],this.pendingBytes=0,this.fallback=void 0,this.finished=!1}switchToFallback(){const e=new _(this.secret)
for(const t of this.pending)e.update(t)
this.fallback=e,this.pending=[],this.pendingBytes=0}},t.blobHasher=async function(e,t){const r=new e
return await l(t,e=>{r.update(e)}),r.digest()},t.blobReader=l,t.fileStreamHasher=(e,t)=>new Promise((r,s)=>{if(!h(t))return void s(new Error("Unable to calculate hash for non-file streams."))
const i=n(t.path,{start:t.start,end:t.end}),o=new e,a=new d(o)
i.pipe(a),i.on("error",e=>{a.end(),s(e)}),a.on("error",s),a.on("finish",function(){o.digest().then(r).catch(s)})}),t.readableStreamHasher=(e,t)=>{if(null!==t.readableFlowing)throw new Error("Unable to calculate hash for flowing readable stream")
const r=new e,n=new d(r)
return t.pipe(n),new Promise((e,s)=>{t.on("error",e=>{n.end(),s(e)}),n.on("error",s),n.on("finish",()=>{r.digest().then(e).catch(s)})})}},8468:(e,t,r)=>{const{hasOwn:n}=r(9928),{getSmithyContext:s,normalizeProvider:i}=r(9928)
t.getSmithyContext=s,t.normalizeProvider=i
const{SMITHY_CONTEXT_KEY:o,AlgorithmId:a}=r(5192)
t.AlgorithmId=a
const{NormalizedSchema:c}=r(2692),u=(e,t)=>{const r=[]
if(e&&r.push(e),t)for(const e of t)r.push(e)
return r},l=(e,t)=>`${e||"anonymous"}${t&&t.length>0?` (a.k.a. ${t.join(",")})`:""}`,d=()=>{let e=[],t=[],r=!1
const n=new Set,s=r=>(e.forEach(e=>{r.add(e.middleware,{...e})}),t.forEach(e=>{r.addRelativeTo(e.middleware,{...e})}),r.identifyOnResolve?.(a.identifyOnResolve()),r),i=e=>{const t=[]
return e.before.forEach(e=>{0===e.before.length&&0===e.after.length?t.push(e):t.push(...i(e))}),t.push(e),e.after.reverse().forEach(e=>{0===e.before.length&&0===e.after.length?t.push(e):t.push(...i(e))}),t},o=(r=!1)=>{const n=[],s=[],o={}
e.forEach(e=>{const t={...e,before:[],after:[]}
for(const e of u(t.name,t.aliases))o[e]=t
n.push(t)}),t.forEach(e=>{const t={...e,before:[],after:[]}
for(const e of u(t.name,t.aliases))o[e]=t
s.push(t)}),s.forEach(e=>{if(e.toMiddleware){const t=o[e.toMiddleware]
if(void 0===t){if(r)return
throw new Error(`${e.toMiddleware} is not found when adding ${l(e.name,e.aliases)} middleware ${e.relation} ${e.toMiddleware}`)}"after"===e.relation&&t.after.push(e),"before"===e.relation&&t.before.push(e)}})
var a
return(a=n,a.sort((e,t)=>h[t.step]-h[e.step]||f[t.priority||"normal"]-f[e.priority||"normal"])).map(i).reduce((e,t)=>(e.push(...t),e),[])},a={add:(t,r={})=>{const{name:s,override:i,aliases:o}=r,a={step:"initialize",priority:"normal",middleware:t,...r},c=u(s,o)
if(c.length>0){if(c.some(e=>n.has(e))){if(!i)throw new Error(`Duplicate middleware name '${l(s,o)}'`)
for(const t of c){const r=e.findIndex(e=>e.name===t||e.aliases?.some(e=>e===t))
if(-1===r)continue
const n=e[r]
if(n.step!==a.step||a.priority!==n.priority)throw new Error(`"${l(n.name,n.aliases)}" middleware with ${n.priority} priority in ${n.step} step cannot be overridden by "${l(s,o)}" middleware with ${a.priority} priority in ${a.step} step.`)
e.splice(r,1)}}for(const e of c)n.add(e)}e.push(a)},addRelativeTo:(e,r)=>{const{name:s,override:i,aliases:o}=r,a={middleware:e,...r},c=u(s,o)
if(c.length>0){if(c.some(e=>n.has(e))){if(!i)throw new Error(`Duplicate middleware name '${l(s,o)}'`)
for(const e of c){const r=t.findIndex(t=>t.name===e||t.aliases?.some(t=>t===e))
if(-1===r)continue
const n=t[r]
if(n.toMiddleware!==a.toMiddleware||n.relation!==a.relation)throw new Error(`"${l(n.name,n.aliases)}" middleware ${n.relation} "${n.toMiddleware}" middleware cannot be overridden by "${l(s,o)}" middleware ${a.relation} "${a.toMiddleware}" middleware.`)
t.splice(r,1)}}for(const e of c)n.add(e)}t.push(a)},clone:()=>s(d()),use:e=>{e.applyToStack(a)},remove:r=>"string"==typeof r?(r=>{let s=!1
const i=e=>{const t=u(e.name,e.aliases)
if(t.includes(r)){s=!0
for(const e of t)n.delete(e)
return!1}return!0}
return e=e.filter(i),t=t.filter(i),s})(r):(r=>{let s=!1
const i=e=>{if(e.middleware===r){s=!0
for(const t of u(e.name,e.aliases))n.delete(t)
return!1}return!0}
return e=e.filter(i),t=t.filter(i),s})(r),removeByTag:r=>{let s=!1
const i=e=>{const{tags:t,name:i,aliases:o}=e
if(t&&t.includes(r)){const e=u(i,o)
for(const t of e)n.delete(t)
return s=!0,!1}return!0}
return e=e.filter(i),t=t.filter(i),s},concat:e=>{const t=s(d())
return t.use(e),t.identifyOnResolve(r||t.identifyOnResolve()||(e.identifyOnResolve?.()??!1)),t},applyToStack:s,identify:()=>o(!0).map(e=>{const t=e.step??e.relation+" "+e.toMiddleware
return l(e.name,e.aliases)+" - "+t}),identifyOnResolve:e=>("boolean"==typeof e&&(r=e),r),resolve:(e,t)=>{for(const r of o().map(e=>e.middleware).reverse())e=r(e,t)
return r&&console.log(a.identify()),e}}
return a},h={initialize:5,serialize:4,build:3,finalizeRequest:2,deserialize:1},f={high:3,normal:2,low:1},p=()=>{const e=new WeakSet
return(t,r)=>{if("object"==typeof r&&null!==r){if(e.has(r))return"[Circular]"
e.add(r)}return r}},g=e=>new Promise(t=>setTimeout(t,1e3*e)),m={minDelay:2,maxDelay:120}
var y
!function(e){e.ABORTED="ABORTED",e.FAILURE="FAILURE",e.SUCCESS="SUCCESS",e.RETRY="RETRY",e.TIMEOUT="TIMEOUT"}(y||(y={}))
const w=async({minDelay:e,maxDelay:t,maxWaitTime:r,abortController:n,client:s,abortSignal:i},o,a)=>{const c={},[u,l]=[1e3*e,1e3*t]
let d=0
const h=Date.now()+1e3*r,f=Date.now()+6e4
let p=!1
for(;;){if(d>0){const e=E(u,l,d,h)
if(n?.signal?.aborted||i?.aborted){const e="AbortController signal aborted."
return c[e]|=0,c[e]+=1,{state:y.ABORTED,observedResponses:c}}if(Date.now()+e>h)return{state:y.TIMEOUT,observedResponses:c}
await g(e/1e3)}const{state:e,reason:t}=await a(s,o)
if(t){const e=b(t)
c[e]|=0,c[e]+=1}if(e!==y.RETRY)return{state:e,reason:t,final:t,observedResponses:c}
d+=1,!p&&Date.now()>=f&&(S(c,s),p=!0)}},S=(e={},t)=>{const r=Object.keys(e)
let n=0
for(const t of r){const r=0|e[t]
t.startsWith("403:")&&(n+=r)}const s=t?.config?.logger,i="function"!=typeof s?.warn||s.constructor?.name?.includes?.("NoOpLogger")?console:s;(n>=3||r[r.length-1]?.startsWith("403:"))&&i.warn("@smithy/util-waiter WARN - 403 status code encountered during waiter polling.")},b=e=>{const t=e?.$response?.statusCode??e?.$metadata?.httpStatusCode
return e?.$responseBodyText?`${t?t+": ":""}Deserialization error for body: ${e.$responseBodyText}`:t?e?.$response||e?.message?`${t??"Unknown"}: ${e?.message}`:`${t}: OK`:String(e?.message??JSON.stringify(e,p())??"Unknown")},E=(e,t,r,n)=>{if(r>Math.log(t/e)/Math.log(2)+1)return t
const s=e*2**(r-1),i=Math.min(s,t),o=v(e,i)
if(Date.now()+o>n){const e=n-Date.now()
return Math.max(0,e-500)}return o},v=(e,t)=>e+Math.random()*(t-e),C=e=>{let t
const r=new Promise(r=>{t=()=>r({state:y.ABORTED}),"function"==typeof e.addEventListener?e.addEventListener("abort",t):e.onabort=t})
return{clearListener(){"function"==typeof e.removeEventListener&&e.removeEventListener("abort",t)},aborted:r}}
const A="***SensitiveInformation***"
function T(e,t){if(null==t)return t
const r=c.of(e)
if(r.getMergedTraits().sensitive)return A
if(r.isListSchema()){const e=r.getValueSchema()
if(e.getMergedTraits().sensitive)return A
if(Array.isArray(t))return t.map(t=>T(e,t))}else if(r.isMapSchema()){const e=r.getValueSchema()
if(r.getKeySchema().getMergedTraits().sensitive||e.getMergedTraits().sensitive)return A
if("object"==typeof t)return Object.fromEntries(Object.entries(t).map(([t,r])=>[t,T(e,r)]))}else if(r.isStructSchema()&&"object"==typeof t){const e=t,n={}
for(const[t,s]of r.structIterator())null!=e[t]&&(n[t]=T(s,e[t]))
return n}return t}const x=Symbol.for("@smithy/op-event-stream")
class I{middlewareStack=d()
schema
static classBuilder(){return new _}resolveMiddlewareWithContext(e,t,r,{middlewareFn:n,clientName:s,commandName:i,inputFilterSensitiveLog:a,outputFilterSensitiveLog:u,smithyContext:l,additionalContext:d,CommandCtor:h}){for(const s of n.bind(this)(h,e,t,r))this.middlewareStack.use(s)
const f=e.concat(this.middlewareStack),{logger:p}=t,g=d[o],m={logger:p,clientName:s,commandName:i,inputFilterSensitiveLog:a,outputFilterSensitiveLog:u,...d,[o]:{...g,commandInstance:this,...l,...void 0===r?.metricsRecorder?{}:{metricsRecorder:r.metricsRecorder},...void 0===r?.abortSignal?{}:{abortSignal:r.abortSignal}}},{requestHandler:y}=t
let w,S=r??{}
S.metricsRecorder&&(S={...S},delete S.metricsRecorder)
const b=this.schema,E=b?.[x]
if(void 0!==E)w=E
else if(b&&Array.isArray(b)&&9===b[0]){const[,,,,e,t]=b
w=b[x]=Boolean(c.of(e).getEventStreamMember()||c.of(t).getEventStreamMember())}return w&&(S={isEventStream:w,...S}),f.resolve(e=>y.handle(e.request,S),m)}}class _{_init=()=>{}
_ep={}
_middlewareFn=()=>[]
_commandName=""
_clientName=""
_additionalContext={}
_smithyContext={}
_inputFilterSensitiveLog=void 0
_outputFilterSensitiveLog=void 0
_serializer=null
_deserializer=null
_operationSchema
init(e){this._init=e}ep(e){return this._ep=e,this}m(e){return this._middlewareFn=e,this}s(e,t,r={}){return this._smithyContext={service:e,operation:t,...r},this}c(e={}){return this._additionalContext=e,this}n(e,t){return this._clientName=e,this._commandName=t,this}f(e=e=>e,t=e=>e){return this._inputFilterSensitiveLog=e,this._outputFilterSensitiveLog=t,this}ser(e){return this._serializer=e,this}de(e){return this._deserializer=e,this}sc(e){return this._operationSchema=e,this._smithyContext.operationSchema=e,this}build(){const e=this
let t
return t=class extends I{input
static getEndpointParameterInstructions(){return e._ep}constructor(...[t]){super(),this.input=t??{},e._init(this),this.schema=e._operationSchema}resolveMiddleware(r,n,s){const i=e._operationSchema,o=i?.[4]??i?.input,a=i?.[5]??i?.output
return this.resolveMiddlewareWithContext(r,n,s,{CommandCtor:t,middlewareFn:e._middlewareFn,clientName:e._clientName,commandName:e._commandName,inputFilterSensitiveLog:e._inputFilterSensitiveLog??(i?T.bind(null,o):e=>e),outputFilterSensitiveLog:e._outputFilterSensitiveLog??(i?T.bind(null,a):e=>e),smithyContext:e._smithyContext,additionalContext:e._additionalContext})}serialize=e._serializer
deserialize=e._deserializer}}}class R extends Error{static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException"
$fault
$response
$retryable
$metadata
constructor(e){super(e.message),Object.setPrototypeOf(this,Object.getPrototypeOf(this).constructor.prototype),this.name=e.name,this.$fault=e.$fault,this.$metadata=e.$metadata}static isInstance(e){if(!e)return!1
const t=e
return R.prototype.isPrototypeOf(t)||Boolean(t.$fault)&&Boolean(t.$metadata)&&("client"===t.$fault||"server"===t.$fault)}static[Symbol.hasInstance](e){if(!e)return!1
const t=e
if(this===R)return R.isInstance(e)
if(R.isInstance(e)){if(this.prototype.isPrototypeOf(e))return!0
const r=Object.prototype.hasOwnProperty.call(this,"shapeId")?this.shapeId:void 0
let n=!1
if(r){let e=Object.getPrototypeOf(t)
for(;e&&e!==Object.prototype;){const t=e.constructor,s=t!==R&&Object.prototype.hasOwnProperty.call(t,"shapeId")?t?.shapeId:void 0
if(s&&(n=!0,s===r))return!0
e=Object.getPrototypeOf(e)}}if(r&&n)return!1
const s=this.name
if(s&&s.length>=6){if(t.name===s)return!0
let e=Object.getPrototypeOf(t)
for(;e&&e!==Object.prototype;){const t=e.constructor?.name
if(t&&"Error"!==t&&t===s)return!0
e=Object.getPrototypeOf(e)}}}return!1}}const k=(e,t={})=>{Object.entries(t).filter(([,e])=>void 0!==e).forEach(([t,r])=>{null!=e[t]&&""!==e[t]||(e[t]=r)})
const r=e.message||e.Message||"UnknownError"
return e.message=r,delete e.Message,e},O=({output:e,parsedBody:t,exceptionCtor:r,errorCode:n})=>{const s=P(e),i=s.httpStatusCode?s.httpStatusCode+"":void 0,o=new r({name:t?.code||t?.Code||n||i||"UnknownError",$fault:"client",$metadata:s})
throw k(o,t)},P=e=>({httpStatusCode:e.statusCode,requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["x-amz-cf-id"]})
let N=!1
const D=Object.values(a),M=e=>{const t=[]
for(const r in a){if(!n(a,r))continue
const s=a[r]
void 0!==e[s]&&t.push({algorithmId:()=>s,checksumConstructor:()=>e[s]})}for(const[r,n]of Object.entries(e.checksumAlgorithms??{}))t.push({algorithmId:()=>r,checksumConstructor:()=>n})
return{addChecksumAlgorithm(r){e.checksumAlgorithms=e.checksumAlgorithms??{}
const n=r.algorithmId(),s=r.checksumConstructor()
D.includes(n)?e.checksumAlgorithms[n.toUpperCase()]=s:e.checksumAlgorithms[n]=s,t.push(r)},checksumAlgorithms:()=>t}},$=e=>{const t={}
return e.checksumAlgorithms().forEach(e=>{const r=e.algorithmId()
D.includes(r)&&(t[r]=e.checksumConstructor())}),t},U=e=>({setRetryStrategy(t){e.retryStrategy=t},retryStrategy:()=>e.retryStrategy}),F=e=>{const t={}
return t.retryStrategy=e.retryStrategy(),t},L=e=>Object.assign(M(e),U(e)),B=L,z=e=>{const t="#text"
for(const r in e)n(e,r)&&(void 0!==e[r][t]?e[r]=e[r][t]:"object"==typeof e[r]&&null!==e[r]&&(e[r]=z(e[r])))
return e}
function H(e,t,r){let s,i,o
if(void 0===t&&void 0===r)s={},o=e
else{if(s=e,"function"==typeof t)return i=t,o=r,j(s,i,o)
o=t}for(const e in o)n(o,e)&&(Array.isArray(o[e])?V(s,null,o,e):s[e]=o[e])
return s}const j=(e,t,r)=>H(e,Object.entries(r).reduce((e,[r,n])=>(Array.isArray(n)?e[r]=n:e[r]="function"==typeof n?[t,n()]:[t,n],e),{})),V=(e,t,r,n)=>{if(null!==t){let s=r[n]
"function"==typeof s&&(s=[,s])
const[i=q,o=W,a=n]=s
return void(("function"==typeof i&&i(t[a])||"function"!=typeof i&&i)&&(e[n]=o(t[a])))}let[s,i]=r[n]
if("function"==typeof i){let t
const r=void 0===s&&null!=(t=i()),o="function"==typeof s&&!!s(void 0)||"function"!=typeof s&&!!s
r?e[n]=t:o&&(e[n]=i())}else{const t=void 0===s&&null!=i,r="function"==typeof s&&!!s(i)||"function"!=typeof s&&!!s;(t||r)&&(e[n]=i)}},q=e=>null!=e,W=e=>e,G=e=>{if(null==e)return{}
if(Array.isArray(e))return e.filter(e=>null!=e).map(G)
if("object"==typeof e){const t={}
for(const r in e)n(e,r)&&null!=e[r]&&(t[r]=G(e[r]))
return t}return e}
t.Client=class{config
middlewareStack=d()
initConfig
handlers
constructor(e){this.config=e
const{protocol:t,protocolSettings:r}=e
r&&"function"==typeof t&&(e.protocol=new t(r))}send(e,t,r){const n="function"!=typeof t?t:void 0,s="function"==typeof t?t:r
let i
if(void 0===n&&!0===this.config.cacheMiddleware){this.handlers||(this.handlers=new WeakMap)
const t=this.handlers
t.has(e.constructor)?i=t.get(e.constructor):(i=e.resolveMiddleware(this.middlewareStack,this.config,n),t.set(e.constructor,i))}else delete this.handlers,i=e.resolveMiddleware(this.middlewareStack,this.config,n)
if(!s)return i(e).then(e=>e.output)
i(e).then(e=>s(null,e.output),e=>s(e)).catch(()=>{})}destroy(){this.config?.requestHandler?.destroy?.(),delete this.handlers}},t.Command=I,t.NoOpLogger=class{trace(){}debug(){}info(){}warn(){}error(){}},t.SENSITIVE_STRING="***SensitiveInformation***",t.ServiceException=R,t.WaiterState=y,t._json=G,t.checkExceptions=e=>{if(e.state===y.ABORTED){const t=new Error(`${JSON.stringify({...e,reason:"Request was aborted"},p())}`)
throw t.name="AbortError",t}if(e.state===y.TIMEOUT){const t=new Error(`${JSON.stringify({...e,reason:"Waiter has timed out"},p())}`)
throw t.name="TimeoutError",t}if(e.state!==y.SUCCESS)throw new Error(`${JSON.stringify(e,p())}`)
return e},t.constructStack=d,t.convertMap=e=>{const t={}
for(const[r,n]of Object.entries(e||{}))t[r]=[,n]
return t},t.createAggregatedClient=(e,t,r)=>{for(const[r,n]of Object.entries(e)){const e=async function(e,t,r){const s=new n(e)
if("function"==typeof t)this.send(s,t)
else{if("function"!=typeof r)return this.send(s,t)
if("object"!=typeof t)throw new Error("Expected http options but got "+typeof t)
this.send(s,t||{},r)}},s=(r[0].toLowerCase()+r.slice(1)).replace(/Command$/,"")
t.prototype[s]=e}const{paginators:n={},waiters:s={}}=r??{}
for(const[e,r]of Object.entries(n))void 0===t.prototype[e]&&(t.prototype[e]=function(e={},t,...n){return r({...t,client:this},e,...n)})
for(const[e,r]of Object.entries(s))void 0===t.prototype[e]&&(t.prototype[e]=async function(e={},t,...n){let s=t
return"number"==typeof t&&(s={maxWaitTime:t}),r({...s,client:this},e,...n)})},t.createWaiter=async(e,t,r)=>{const n={...m,...e};(e=>{if(e.maxWaitTime<=0)throw new Error("WaiterConfiguration.maxWaitTime must be greater than 0")
if(e.minDelay<=0)throw new Error("WaiterConfiguration.minDelay must be greater than 0")
if(e.maxDelay<=0)throw new Error("WaiterConfiguration.maxDelay must be greater than 0")
if(e.maxWaitTime<=e.minDelay)throw new Error(`WaiterConfiguration.maxWaitTime [${e.maxWaitTime}] must be greater than WaiterConfiguration.minDelay [${e.minDelay}] for this waiter`)
if(e.maxDelay<e.minDelay)throw new Error(`WaiterConfiguration.maxDelay [${e.maxDelay}] must be greater than WaiterConfiguration.minDelay [${e.minDelay}] for this waiter`)})(n)
const s=[w(n,t,r)],i=[]
if(e.abortSignal){const{aborted:t,clearListener:r}=C(e.abortSignal)
i.push(r),s.push(t)}if(e.abortController?.signal){const{aborted:t,clearListener:r}=C(e.abortController.signal)
i.push(r),s.push(t)}return Promise.race(s).then(e=>{for(const e of i)e()
return e})},t.decorateServiceException=k,t.emitWarningIfUnsupportedVersion=e=>{e&&!N&&parseInt(e.substring(1,e.indexOf(".")))<16&&(N=!0)},t.getArrayIfSingleItem=e=>Array.isArray(e)?e:[e],t.getChecksumConfiguration=M,t.getDefaultClientConfiguration=B,t.getDefaultExtensionConfiguration=L,t.getRetryConfiguration=U,t.getValueFromTextNode=z,t.invalidFunction=e=>()=>{throw new Error(e)},t.invalidProvider=e=>()=>Promise.reject(e),t.isSerializableHeaderValue=e=>null!=e,t.loadConfigsForDefaultMode=e=>{switch(e){case"standard":case"cross-region":return{retryMode:"standard",connectionTimeout:3100}
case"in-region":return{retryMode:"standard",connectionTimeout:1100}
case"mobile":return{retryMode:"standard",connectionTimeout:3e4}
default:return{}}},t.makeBuilder=function(e,t,r,n){return function(s,i,o,a,c={}){const u=Object.assign({},e,s)
return I.classBuilder().ep(u).m(function(e,t,r,s){const o=i.call(this,e,t,r,s)
return o.unshift(n(r,e.getEndpointParameterInstructions())),o}).s(t,o,c).n(r,o.charAt(0).toUpperCase()+o.slice(1)+"Command").sc(a).build()}},t.map=H,t.resolveChecksumRuntimeConfig=$,t.resolveDefaultRuntimeConfig=e=>Object.assign($(e),F(e)),t.resolveRetryRuntimeConfig=F,t.schemaLogFilter=T,t.serializeDateTime=e=>e.toISOString().replace(".000Z","Z"),t.serializeFloat=e=>{if(e!=e)return"NaN"
switch(e){case 1/0:return"Infinity"
case-1/0:return"-Infinity"
default:return e}},t.take=(e,t)=>{const r={}
for(const s in t)n(t,s)&&V(r,e,t,s)
return r},t.throwDefaultError=O,t.waiterServiceDefaults=m,t.withBaseException=e=>({output:t,parsedBody:r,errorCode:n})=>{O({output:t,parsedBody:r,exceptionCtor:e,errorCode:n})}},3433:(e,t,r)=>{const{homedir:n}=r(8161),{sep:s,join:i}=r(6760),{createHash:o}=r(7598),{readFile:a}=r(1455),{IniSectionType:c}=r(5192),{normalizeProvider:u}=r(8468),{isValidHostLabel:l}=r(9928)
class d extends Error{name="ProviderError"
tryNextLink
constructor(e,t=!0){let r,n=!0
"boolean"==typeof t?(r=void 0,n=t):null!=t&&"object"==typeof t&&(r=t.logger,n=t.tryNextLink??!0),super(e),this.tryNextLink=n,Object.setPrototypeOf(this,d.prototype),r?.debug?.(`@smithy/property-provider ${n?"->":"(!)"} ${e}`)}static from(e,t=!0){return Object.assign(new this(e.message,t),e)}}class h extends d{name="CredentialsProviderError"
constructor(e,t=!0){super(e,t),Object.setPrototypeOf(this,h.prototype)}}class f extends d{name="TokenProviderError"
constructor(e,t=!0){super(e,t),Object.setPrototypeOf(this,f.prototype)}}const p=(...e)=>async()=>{if(0===e.length)throw new d("No providers in chain")
let t
for(const r of e)try{return await r()}catch(e){if(t=e,e?.tryNextLink)continue
throw e}throw t},g=e=>()=>Promise.resolve(e),m=(e,t,r)=>{let n,s,i,o=!1
const a=async()=>{s||(s=e())
try{n=await s,i=!0,o=!1}finally{s=void 0}return n}
return void 0===t?async e=>(i&&!e?.forceRefresh||(n=await a()),n):async e=>(i&&!e?.forceRefresh||(n=await a()),o?n:r&&!r(n)?(o=!0,n):t(n)?(await a(),n):n)},y=(e,t,r)=>{if(t in e){if("true"===e[t])return!0
if("false"===e[t])return!1
throw new Error(`Cannot load ${r} "${t}". Expected "true" or "false", got ${e[t]}.`)}}
var w
!function(e){e.ENV="env",e.CONFIG="shared config entry"}(w||(w={}))
const S={},b=()=>{const{HOME:e,USERPROFILE:t,HOMEPATH:r,HOMEDRIVE:i=`C:${s}`}=process.env
if(e)return e
if(t)return t
if(r)return`${i}${r}`
const o=process&&process.geteuid?`${process.geteuid()}`:"DEFAULT"
return S[o]||(S[o]=n()),S[o]},E="AWS_PROFILE",v="default",C=e=>e.profile||process.env[E]||v,A=e=>{const t=o("sha1").update(e).digest("hex")
return i(b(),".aws","sso","cache",`${t}.json`)},T={},x=".",I=e=>Object.entries(e).filter(([e])=>{const t=e.indexOf(x)
return-1!==t&&Object.values(c).includes(e.substring(0,t))}).reduce((e,[t,r])=>{const n=t.indexOf(x)
return e[t.substring(0,n)===c.PROFILE?t.substring(n+1):t]=r,e},{...e.default&&{default:e.default}}),_=()=>process.env.AWS_CONFIG_FILE||i(b(),".aws","config"),R=()=>process.env.AWS_SHARED_CREDENTIALS_FILE||i(b(),".aws","credentials"),k=/^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/,O=["__proto__","profile __proto__"],P=e=>{const t={}
let r,n
for(const s of e.split(/\r?\n/)){const e=s.split(/(^|\s)[;#]/)[0].trim()
if("["===e[0]&&"]"===e[e.length-1]){r=void 0,n=void 0
const t=e.substring(1,e.length-1),s=k.exec(t)
if(s){const[,e,,t]=s
Object.values(c).includes(e)&&(r=[e,t].join(x))}else r=t
if(O.includes(t))throw new Error(`Found invalid profile name "${t}"`)}else if(r){const i=e.indexOf("=")
if(![0,-1].includes(i)){const[o,a]=[e.substring(0,i).trim(),e.substring(i+1).trim()]
if(""===a)n=o
else{n&&s.trimStart()===s&&(n=void 0),t[r]=t[r]||{}
const e=n?[n,o].join(x):o
t[r][e]=a}}}}return t},N={},D={},M=(e,t)=>void 0!==D[e]?D[e]:(N[e]&&!t?.ignoreCache||(N[e]=a(e,"utf8")),N[e]),$=()=>({}),U=async(e={})=>{const{filepath:t=R(),configFilepath:r=_()}=e,n=b()
let s=t
t.startsWith("~/")&&(s=i(n,t.slice(2)))
let o=r
r.startsWith("~/")&&(o=i(n,r.slice(2)))
const a=await Promise.all([M(o,{ignoreCache:e.ignoreCache}).then(P).then(I).catch($),M(s,{ignoreCache:e.ignoreCache}).then(P).catch($)])
return{configFile:a[0],credentialsFile:a[1]}},F=e=>Object.entries(e).filter(([e])=>e.startsWith(c.SSO_SESSION+x)).reduce((e,[t,r])=>({...e,[t.substring(t.indexOf(x)+1)]:r}),{}),L=()=>({}),B={getFileRecord:()=>D,interceptFile(e,t){D[e]=Promise.resolve(t)},getTokenRecord:()=>T,interceptToken(e,t){T[e]=t}}
function z(e){try{const t=new Set(Array.from(e.match(/([A-Z_]){3,}/g)??[]))
return t.delete("CONFIG"),t.delete("CONFIG_PREFIX_SEPARATOR"),t.delete("ENV"),[...t].join(", ")}catch(t){return e}}const H=e=>"function"==typeof e?async()=>await e():g(e),j=({environmentVariableSelector:e,configFileSelector:t,default:r},n={})=>{const{signingName:s,logger:i}=n
return m(p((o=e,a={signingName:s,logger:i},async()=>{try{const e=o(process.env,a)
if(void 0===e)throw new Error
return e}catch(e){throw new h(e.message||`Not found in ENV: ${z(o.toString())}`,{logger:a?.logger})}}),((e,{preferredFile:t="config",...r}={})=>async()=>{const n=C(r),{configFile:s,credentialsFile:i}=await U(r),o=i[n]||{},a=s[n]||{},c="config"===t?{...o,...a}:{...a,...o}
try{const r=e(c,"config"===t?s:i)
if(void 0===r)throw new Error
return r}catch(t){throw new h(t.message||`Not found in config files w/ profile [${n}]: ${z(e.toString())}`,{logger:r.logger})}})(t,n),H(r)))
var o,a},V="AWS_USE_DUALSTACK_ENDPOINT",q="use_dualstack_endpoint",W={environmentVariableSelector:e=>y(e,V,w.ENV),configFileSelector:e=>y(e,q,w.CONFIG),default:!1},G={environmentVariableSelector:e=>y(e,V,w.ENV),configFileSelector:e=>y(e,q,w.CONFIG),default:void 0},K="AWS_USE_FIPS_ENDPOINT",J="use_fips_endpoint",Q={environmentVariableSelector:e=>y(e,K,w.ENV),configFileSelector:e=>y(e,J,w.CONFIG),default:!1},Y={environmentVariableSelector:e=>y(e,K,w.ENV),configFileSelector:e=>y(e,J,w.CONFIG),default:void 0},X="AWS_REGION",Z="AWS_DEFAULT_REGION",ee=["in-region","cross-region","mobile","standard","legacy"],te="x-aws-ec2-metadata-token",re="x-aws-ec2-metadata-token-ttl-seconds"
let ne=0
const se=async()=>{if(!(process.env.AWS_EC2_METADATA_DISABLED||Date.now()<ne))try{const e=oe(),t=(await ae({...e,path:"/latest/api/token",method:"PUT",headers:{[re]:"21600"}})).toString()
return(await ae({...e,path:"/latest/meta-data/placement/region",method:"GET",headers:{[te]:t}})).toString().trim()||ie()}catch{return ie()}},ie=()=>{ne=Date.now()+6e4},oe=()=>{const e=process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT
if(e){const t=new URL(e)
return{hostname:t.hostname.replace(/^\[(.+)]$/,"$1"),port:t.port?Number(t.port):void 0}}return"IPv6"===process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE?{hostname:"fd00:ec2::254"}:{hostname:"169.254.169.254"}},ae=async e=>{const{request:t}=r(7067)
return new Promise((r,n)=>{const s=t({hostname:e.hostname,port:e.port,path:e.path,method:e.method,headers:e.headers,timeout:1e3,signal:AbortSignal.timeout(1e3)})
s.on("error",e=>{n(e),s.destroy()}),s.on("timeout",()=>{n(new Error("TimeoutError from instance metadata service")),s.destroy()}),s.on("response",e=>{const{statusCode:t=400}=e
if(t<200||t>=300)return n(Object.assign(new Error("Error response received from instance metadata service"),{statusCode:t})),void s.destroy()
const i=[]
e.on("data",e=>i.push(e)),e.on("end",()=>{r(Buffer.concat(i)),s.destroy()})}),s.end()})},ce="AWS_REGION",ue="region",le={environmentVariableSelector:e=>e[ce],configFileSelector:e=>e[ue],default:async()=>{const e=await se()
if(e)return e
throw new Error("Region is missing")}},de=new Set,he=e=>"string"==typeof e&&(e.startsWith("fips-")||e.endsWith("-fips")),fe=(e=[],{useFipsEndpoint:t,useDualstackEndpoint:r})=>e.find(({tags:e})=>t===e.includes("fips")&&r===e.includes("dualstack"))?.hostname,pe={environmentVariableSelector:e=>e.AWS_DEFAULTS_MODE,configFileSelector:e=>e.defaults_mode,default:"legacy"},ge=async e=>{if(e){const t="function"==typeof e?await e():e,r=await me()
return r?t===r?"in-region":"cross-region":"standard"}return"standard"},me=async()=>process.env.AWS_EXECUTION_ENV&&(process.env[X]||process.env[Z])?process.env[X]??process.env[Z]:se()
t.CONFIG_PREFIX_SEPARATOR=x,t.CONFIG_USE_DUALSTACK_ENDPOINT=q,t.CONFIG_USE_FIPS_ENDPOINT=J,t.CredentialsProviderError=h,t.DEFAULT_PROFILE=v,t.DEFAULT_USE_DUALSTACK_ENDPOINT=!1,t.DEFAULT_USE_FIPS_ENDPOINT=!1,t.ENV_PROFILE=E,t.ENV_USE_DUALSTACK_ENDPOINT=V,t.ENV_USE_FIPS_ENDPOINT=K,t.NODE_REGION_CONFIG_FILE_OPTIONS={preferredFile:"credentials"},t.NODE_REGION_CONFIG_OPTIONS=le,t.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS=W,t.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS=Q,t.ProviderError=d,t.REGION_ENV_NAME=ce,t.REGION_INI_NAME=ue,t.SelectorType=w,t.TokenProviderError=f,t.booleanSelector=y,t.chain=p,t.externalDataInterceptor=B,t.fromStatic=H,t.fromValue=g,t.getHomeDir=b,t.getProfileName=C,t.getRegionInfo=(e,{useFipsEndpoint:t=!1,useDualstackEndpoint:r=!1,signingService:n,regionHash:s,partitionHash:i})=>{const o=((e,{partitionHash:t})=>Object.keys(t||{}).find(r=>t[r].regions.includes(e))??"aws")(e,{partitionHash:i}),a=e in s?e:i[o]?.endpoint??e,c={useFipsEndpoint:t,useDualstackEndpoint:r},u=((e,{regionHostname:t,partitionHostname:r})=>t||(r?r.replace("{region}",e):void 0))(a,{regionHostname:fe(s[a]?.variants,c),partitionHostname:fe(i[o]?.variants,c)})
if(void 0===u)throw new Error(`Endpoint resolution failed for: ${{resolvedRegion:a,useFipsEndpoint:t,useDualstackEndpoint:r}}`)
const l=((e,{signingRegion:t,regionRegex:r,useFipsEndpoint:n})=>{if(t)return t
if(n){const t=r.replace("\\\\","\\").replace(/^\^/g,"\\.").replace(/\$$/g,"\\."),n=e.match(t)
if(n)return n[0].slice(1,-1)}})(u,{signingRegion:s[a]?.signingRegion,regionRegex:i[o].regionRegex,useFipsEndpoint:t})
return{partition:o,signingService:n,hostname:u,...l&&{signingRegion:l},...s[a]?.signingService&&{signingService:s[a].signingService}}},t.getSSOTokenFilepath=A,t.getSSOTokenFromFile=async e=>{if(T[e])return T[e]
const t=A(e),r=await a(t,"utf8")
return JSON.parse(r)},t.loadConfig=j,t.loadSharedConfigFiles=U,t.loadSsoSessionData=async(e={})=>M(e.configFilepath??_()).then(P).then(F).catch(L),t.memoize=m,t.nodeDualstackConfigSelectors=G,t.nodeFipsConfigSelectors=Y,t.numberSelector=(e,t,r)=>{if(!(t in e))return
const n=parseInt(e[t],10)
if(Number.isNaN(n))throw new TypeError(`Cannot load ${r} '${t}'. Expected number, got '${e[t]}'.`)
return n},t.parseKnownFiles=async e=>{const t=await U(e)
return((...e)=>{const t={}
for(const r of e)for(const[e,n]of Object.entries(r))void 0!==t[e]?Object.assign(t[e],n):t[e]=n
return t})(t.configFile,t.credentialsFile)},t.readFile=M,t.resolveCustomEndpointsConfig=e=>{const{tls:t,endpoint:r,urlParser:n,useDualstackEndpoint:s}=e
return Object.assign(e,{tls:t??!0,endpoint:u("string"==typeof r?n(r):r),isCustomEndpoint:!0,useDualstackEndpoint:u(s??!1)})},t.resolveDefaultsModeConfig=({region:e=j(le),defaultsMode:t=j(pe)}={})=>m(async()=>{const r="function"==typeof t?await t():t
switch(r?.toLowerCase()){case"auto":return ge(e)
case"in-region":case"cross-region":case"mobile":case"standard":case"legacy":return Promise.resolve(r?.toLocaleLowerCase())
case void 0:return Promise.resolve("legacy")
default:throw new Error(`Invalid parameter for "defaultsMode", expect ${ee.join(", ")}, got ${r}`)}}),t.resolveEndpointsConfig=e=>{const t=u(e.useDualstackEndpoint??!1),{endpoint:r,useFipsEndpoint:n,urlParser:s,tls:i}=e
return Object.assign(e,{tls:i??!0,endpoint:r?u("string"==typeof r?s(r):r):()=>(async e=>{const{tls:t=!0}=e,r=await e.region()
if(!new RegExp(/^([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]{0,61}[a-zA-Z0-9])$/).test(r))throw new Error("Invalid region in client config")
const n=await e.useDualstackEndpoint(),s=await e.useFipsEndpoint(),{hostname:i}=await e.regionInfoProvider(r,{useDualstackEndpoint:n,useFipsEndpoint:s})??{}
if(!i)throw new Error("Cannot resolve hostname from client config")
return e.urlParser(`${t?"https:":"http:"}//${i}`)})({...e,useDualstackEndpoint:t,useFipsEndpoint:n}),isCustomEndpoint:!!r,useDualstackEndpoint:t})},t.resolveRegionConfig=e=>{const{region:t,useFipsEndpoint:r}=e
if(!t)throw new Error("Region is missing")
return Object.assign(e,{region:async()=>{const e=(e=>he(e)?["fips-aws-global","aws-fips"].includes(e)?"us-east-1":e.replace(/fips-(dkr-|prod-)?|-fips/,""):e)("function"==typeof t?await t():t)
return((e,t=l)=>{if(de.has(e)||t(e))de.add(e)
else{if("*"!==e)throw new Error(`Region not accepted: region="${e}" is not a valid hostname component.`)
console.warn('@smithy/config-resolver WARN - Please use the caller region instead of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.')}})(e),e},useFipsEndpoint:async()=>{const e="string"==typeof t?t:await t()
return!!he(e)||("function"!=typeof r?Promise.resolve(!!r):r())}})}},7003:(e,t,r)=>{const{CONFIG_PREFIX_SEPARATOR:n,booleanSelector:s,SelectorType:i,loadConfig:o}=r(3433),{toEndpointV1:a,getSmithyContext:c,normalizeProvider:u,isValidHostLabel:l,hasOwn:d}=r(9928)
t.isValidHostLabel=l,t.middlewareEndpointToEndpointV1=a,t.toEndpointV1=a
const{EndpointURLScheme:h}=r(5192),f="AWS_ENDPOINT_URL",p="endpoint_url",g={environmentVariableSelector:e=>s(e,"AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",i.ENV),configFileSelector:e=>s(e,"ignore_configured_endpoint_urls",i.CONFIG),default:!1},m=async e=>{if(!await o(g)())return o((e=>({environmentVariableSelector:t=>{const r=e.split(" ").map(e=>e.toUpperCase()),n=t[[f,...r].join("_")]
if(n)return n
return t[f]||void 0},configFileSelector:(t,r)=>{if(t.services){const s=["services",t.services].join(n)
if(!r||!r[s])throw new Error(`The services section "${t.services}" specified in the profile is not present in the shared configuration file.`)
const i=r[s][[e.split(" ").map(e=>e.toLowerCase()).join("_"),p].join(n)]
if(i)return i}const s=t[p]
if(s)return s},default:void 0}))(e??""))()},y=/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,w=/(\d+\.){3}\d+/,S=/\.\./,b=e=>y.test(e)&&!w.test(e)&&!S.test(e),E=e=>{const[t,r,n,,,s]=e.split(":"),i="arn"===t&&e.split(":").length>=6,o=Boolean(i&&r&&n&&s)
if(i&&!o)throw new Error(`Invalid ARN: ${e} was an invalid ARN.`)
return o},v=(e,t,r,n=!1)=>{const s=async()=>{let s
if(n){const n=r.clientContextParams,i=n?.[e]
s=i??r[e]??r[t]}else s=r[e]??r[t]
return"function"==typeof s?s():s}
return"credentialScope"===e||"CredentialScope"===t?async()=>{const e="function"==typeof r.credentials?await r.credentials():r.credentials
return e?.credentialScope??e?.CredentialScope}:"accountId"===e||"AccountId"===t?async()=>{const e="function"==typeof r.credentials?await r.credentials():r.credentials
return e?.accountId??e?.AccountId}:"endpoint"===e||"endpoint"===t?async()=>{if(!1===r.isCustomEndpoint)return
const e=await s()
if(e&&"object"==typeof e){if("url"in e)return e.url.href
if("hostname"in e){const{protocol:t,hostname:r,port:n,path:s}=e
return`${t}//${r}${n?":"+n:""}${s}`}}return e}:s}
function C(e){return async(t,r,n,s)=>{if(!n.isCustomEndpoint&&!n.ignoreConfiguredEndpointUrls){let t
t=n.serviceConfiguredEndpoint?await n.serviceConfiguredEndpoint():await e(n.serviceId),t&&(n.endpoint=()=>Promise.resolve(a(t)),n.isCustomEndpoint=!0,s?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from config: ${t}`))}const i=await A(t,r,n)
if("function"!=typeof n.endpointProvider)throw new Error("config.endpointProvider is not set.")
const o=n.endpointProvider(i,s)
if(n.isCustomEndpoint&&n.endpoint){const e=await n.endpoint()
if(e?.headers){o.headers??={}
for(const[t,r]of Object.entries(e.headers))o.headers[t]=Array.isArray(r)?r:[r]}}return o}}const A=async(e,t,r)=>{const n={},s=t?.getEndpointParameterInstructions?.()||{}
for(const[t,i]of Object.entries(s))switch(i.type){case"staticContextParams":n[t]=i.value
break
case"contextParams":n[t]=e[i.name]
break
case"clientContextParams":case"builtInParams":n[t]=await v(i.name,t,r,"builtInParams"!==i.type)()
break
case"operationContextParams":n[t]=i.get(e)
break
default:throw new Error("Unrecognized endpoint parameter instruction: "+JSON.stringify(i))}return 0===Object.keys(s).length&&Object.assign(n,r),"s3"===String(r.serviceId).toLowerCase()&&await(async e=>{const t=e?.Bucket||""
if("string"==typeof e.Bucket&&(e.Bucket=t.replace(/#/g,encodeURIComponent("#")).replace(/\?/g,encodeURIComponent("?"))),E(t)){if(!0===e.ForcePathStyle)throw new Error("Path-style addressing cannot be used with ARN buckets")}else(!b(t)||-1!==t.indexOf(".")&&!String(e.Endpoint).startsWith("http:")||t.toLowerCase()!==t||t.length<3)&&(e.ForcePathStyle=!0)
return e.DisableMultiRegionAccessPoints&&(e.disableMultiRegionAccessPoints=!0,e.DisableMRAP=!0),e})(n),n}
function T(e){const t=C(e)
return({config:e,instructions:r})=>(n,s)=>async i=>{e.isCustomEndpoint&&function(e,t,r){e.__smithy_context?e.__smithy_context.features||(e.__smithy_context.features={}):e.__smithy_context={features:{}},e.__smithy_context.features[t]=r}(s,"ENDPOINT_OVERRIDE","N")
const o=await t(i.input,{getEndpointParameterInstructions:()=>r},{...e},s)
s.endpointV2=o,s.authSchemes=o.properties?.authSchemes
const a=s.authSchemes?.[0]
if(a){s.signing_region=a.signingRegion,s.signing_service=a.signingName
const e=c(s),t=e?.selectedHttpAuthScheme?.httpAuthOption
t&&(t.signingProperties=Object.assign(t.signingProperties||{},{signing_region:a.signingRegion,signingRegion:a.signingRegion,signing_service:a.signingName,signingName:a.signingName,signingRegionSet:a.signingRegionSet},a.properties))}return n({...i})}}const x={step:"serialize",tags:["ENDPOINT_PARAMETERS","ENDPOINT_V2","ENDPOINT"],name:"endpointV2Middleware",override:!0,relation:"before",toMiddleware:"serializerMiddleware"}
class I{nodes
root
conditions
results
constructor(e,t,r,n){this.nodes=e,this.root=t,this.conditions=r,this.results=n}static from(e,t,r,n){return new I(e,t,r,n)}}class _ extends Error{constructor(e){super(e),this.name="EndpointError"}}const R="endpoints"
function k(e){return"object"!=typeof e||null==e?e:"ref"in e?`$${k(e.ref)}`:"fn"in e?`${e.fn}(${(e.argv||[]).map(k).join(", ")})`:JSON.stringify(e,null,2)}const O={}
const P=(e,t)=>(e=>{const t=e.split("."),r=[]
for(const n of t){const t=n.indexOf("[")
if(-1!==t){if(n.indexOf("]")!==n.length-1)throw new _(`Path: '${e}' does not end with ']'`)
const s=n.slice(t+1,-1)
if(Number.isNaN(parseInt(s)))throw new _(`Invalid array index: '${s}' in path: '${e}'`)
0!==t&&r.push(n.slice(0,t)),r.push(s)}else r.push(n)}return r})(t).reduce((r,n)=>{if("object"!=typeof r)throw new _(`Index '${n}' in '${t}' not found in '${JSON.stringify(e)}'`)
if(Array.isArray(r)){const e=parseInt(n)
return r[e<0?r.length+e:e]}return r[n]},e)
const N=new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"),D=e=>N.test(e)||e.startsWith("[")&&e.endsWith("]"),M={[h.HTTP]:80,[h.HTTPS]:443}
const $={booleanEquals:(e,t)=>e===t,coalesce:function(...e){for(const t of e)if(null!=t)return t},getAttr:P,isSet:e=>null!=e,isValidHostLabel:l,ite:function(e,t,r){return e?t:r},not:e=>!e,parseURL:e=>{const t=(()=>{try{if(e instanceof URL)return e
if("object"==typeof e&&"hostname"in e){const{hostname:t,port:r,protocol:n="",path:s="",query:i={}}=e,o=new URL(`${n}//${t}${r?`:${r}`:""}${s}`)
return o.search=Object.entries(i).map(([e,t])=>`${e}=${t}`).join("&"),o}return new URL(e)}catch(e){return null}})()
if(!t)return console.error(`Unable to parse ${JSON.stringify(e)} as a whatwg URL.`),null
const r=t.href,{host:n,hostname:s,pathname:i,protocol:o,search:a}=t
if(a)return null
const c=o.slice(0,-1)
if(!Object.values(h).includes(c))return null
const u=D(s)
return{scheme:c,authority:`${n}${r.includes(`${n}:${M[c]}`)||"string"==typeof e&&e.includes(`${n}:${M[c]}`)?`:${M[c]}`:""}`,path:i,normalizedPath:i.endsWith("/")?i:`${i}/`,isIp:u}},split:function(e,t,r){if(1===r)return[e]
if(""===e)return[""]
const n=e.split(t)
return 0===r?n:n.slice(0,r-1).concat(n.slice(1).join(t))},stringEquals:(e,t)=>e===t,substring:(e,t,r,n)=>null==e||t>=r||e.length<r||/[^\u0000-\u007f]/.test(e)?null:n?e.substring(e.length-r,e.length-t):e.substring(t,r),uriEncode:e=>encodeURIComponent(e).replace(/[!*'()]/g,e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`)},U=(e,t)=>{const r=[],{referenceRecord:n,endpointParams:s}=t
let i=0
for(;i<e.length;){const t=e.indexOf("{",i)
if(-1===t){r.push(e.slice(i))
break}r.push(e.slice(i,t))
const o=e.indexOf("}",t)
if(-1===o){r.push(e.slice(t))
break}"{"===e[t+1]&&"}"===e[o+1]&&(r.push(e.slice(t+1,o)),i=o+2)
const a=e.substring(t+1,o)
if(a.includes("#")){const[e,t]=a.split("#")
r.push(P(n[e]??s[e],t))}else r.push(n[a]??s[a])
i=o+1}return r.join("")},F=(e,t,r)=>{if("string"==typeof e)return U(e,r)
if(e.fn)return B.callFunction(e,r)
if(e.ref)return(({ref:e},t)=>t.referenceRecord[e]??t.endpointParams[e])(e,r)
throw new _(`'${t}': ${String(e)} is not a string, function or reference.`)},L=({fn:e,argv:t},r)=>{const n=Array(t.length)
for(let e=0;e<n.length;++e){const s=t[e]
n[e]="boolean"==typeof s||"number"==typeof s?s:B.evaluateExpression(s,"arg",r)}const s=e.indexOf(".")
if(-1!==s){const t=O[e.slice(0,s)],r=t?.[e.slice(s+1)]
if("function"==typeof r)return r(...n)}const i=$[e]
if("function"==typeof i)return i(...n)
throw new Error(`function ${e} not loaded in endpointFunctions.`)},B={evaluateExpression:F,callFunction:L},z=(e,t)=>{const{assign:r}=e
if(r&&r in t.referenceRecord)throw new _(`'${r}' is already defined in Reference Record.`)
const n=L(e,t)
t.logger?.debug?.(`${R} evaluateCondition: ${k(e)} = ${k(n)}`)
const s=""===n||!!n
return null!=r?{result:s,toAssign:{name:r,value:n}}:{result:s}},H=(e,t)=>Object.entries(e??{}).reduce((e,[r,n])=>(e[r]=n.map(e=>{const n=F(e,"Header value entry",t)
if("string"!=typeof n)throw new _(`Header '${r}' value '${n}' is not a string`)
return n}),e),{}),j=(e,t)=>Object.entries(e).reduce((e,[r,n])=>(e[r]=q.getEndpointProperty(n,t),e),{}),V=(e,t)=>{if(Array.isArray(e))return e.map(e=>V(e,t))
switch(typeof e){case"string":return U(e,t)
case"object":if(null===e)throw new _(`Unexpected endpoint property: ${e}`)
return q.getEndpointProperties(e,t)
case"boolean":return e
default:throw new _("Unexpected endpoint property type: "+typeof e)}},q={getEndpointProperty:V,getEndpointProperties:j},W=(e,t)=>{const r=F(e,"Endpoint URL",t)
if("string"==typeof r)try{return new URL(r)}catch(e){throw console.error(`Failed to construct URL with ${r}`,e),e}throw new _("Endpoint URL must be a string, got "+typeof r)},G=1e8,K=(e=[],t)=>{const r={},n={...t,referenceRecord:{...t.referenceRecord}}
let s=!1
for(const i of e){const{result:e,toAssign:o}=z(i,n)
if(!e)return{result:e}
o&&(s=!0,r[o.name]=o.value,n.referenceRecord[o.name]=o.value,t.logger?.debug?.(`${R} assign: ${o.name} := ${k(o.value)}`))}return s?{result:!0,referenceRecord:r}:{result:!0}},J=(e,t)=>{const{conditions:r,endpoint:n}=e,{result:s,referenceRecord:i}=K(r,t)
if(!s)return
const o=i?{...t,referenceRecord:{...t.referenceRecord,...i}}:t,{url:a,properties:c,headers:u}=n
t.logger?.debug?.(`${R} Resolving endpoint from template: ${k(n)}`)
const l={url:W(a,o)}
return null!=u&&(l.headers=H(u,o)),null!=c&&(l.properties=j(c,o)),l},Q=(e,t)=>{const{conditions:r,error:n}=e,{result:s,referenceRecord:i}=K(r,t)
if(!s)return
const o=i?{...t,referenceRecord:{...t.referenceRecord,...i}}:t
throw new _(F(n,"Error",o))},Y=(e,t)=>{for(const r of e)if("endpoint"===r.type){const e=J(r,t)
if(e)return e}else if("error"===r.type)Q(r,t)
else{if("tree"!==r.type)throw new _(`Unknown endpoint rule: ${r}`)
{const e=X.evaluateTreeRule(r,t)
if(e)return e}}throw new _("Rules evaluation failed")},X={evaluateRules:Y,evaluateTreeRule:(e,t)=>{const{conditions:r,rules:n}=e,{result:s,referenceRecord:i}=K(r,t)
if(!s)return
const o=i?{...t,referenceRecord:{...t.referenceRecord,...i}}:t
return X.evaluateRules(n,o)}},Z=C(m),ee=function(e){return t=>{const r=t.tls??!0,{endpoint:n,useDualstackEndpoint:s,useFipsEndpoint:i}=t,o=null!=n?async()=>a(await u(n)()):void 0,c=!!n,l=Object.assign(t,{endpoint:o,tls:r,isCustomEndpoint:c,useDualstackEndpoint:u(s??!1),useFipsEndpoint:u(i??!1),ignoreConfiguredEndpointUrls:!!t.ignoreConfiguredEndpointUrls})
let d
return l.serviceConfiguredEndpoint=async()=>(t.serviceId&&!d&&(d=e(t.serviceId)),d),l}}(m),te=T(m),re=function(e){const t=T(e)
return(e,r)=>({applyToStack:n=>{n.addRelativeTo(t({config:e,instructions:r}),x)}})}(m)
t.BinaryDecisionDiagram=I,t.EndpointCache=class{capacity
data=new Map
parameters=[]
constructor({size:e,params:t}){this.capacity=e??50,t&&(this.parameters=t)}get(e,t){const r=this.hash(e)
if(!1===r)return t()
if(!this.data.has(r)){if(this.data.size>this.capacity+10){const e=this.data.keys()
let t=0
for(;;){const{value:r,done:n}=e.next()
if(this.data.delete(r),n||++t>10)break}}this.data.set(r,t())}return this.data.get(r)}size(){return this.data.size}hash(e){let t=""
const{parameters:r}=this
if(0===r.length)return!1
for(const n of r){const r=e[n],s=null==r?"\0":String(r)
if(s.includes("|;"))return!1
t+=s+"|;"}return t}},t.EndpointError=_,t.customEndpointFunctions=O,t.decideEndpoint=(e,t)=>{const{nodes:r,root:n,results:s,conditions:i}=e
let o=n
const a={},c={referenceRecord:a,endpointParams:t.endpointParams,logger:t.logger}
for(;1!==o&&-1!==o&&o<G;){const e=3*(Math.abs(o)-1),[t,n,s]=[r[e],r[e+1],r[e+2]],[u,l,d]=i[t],h=z({fn:u,assign:d,argv:l},c)
if(h.toAssign){const{name:e,value:t}=h.toAssign
a[e]=t}o=o>=0===h.result?n:s}if(o>=G){const e=s[o-G]
if(-1===e[0]){const[,t]=e
throw new _(F(t,"Error",c))}const[t,r,n]=e
return{url:W(t,c),properties:j(r,c),headers:H(n??{},c)}}throw new _("No matching endpoint.")},t.endpointMiddleware=te,t.endpointMiddlewareOptions=x,t.getEndpointFromInstructions=Z,t.getEndpointPlugin=re,t.isIpAddress=D,t.resolveEndpoint=(e,t)=>{const{endpointParams:r,logger:n}=t,{parameters:s,rules:i}=e
t.logger?.debug?.(`${R} Initial EndpointParams: ${k(r)}`)
for(const e in s){if(!d(s,e))continue
const t=s[e],n=r[e]
if(null!=n||null==t.default){if(t.required&&null==n)throw new _(`Missing required parameter: '${e}'`)}else r[e]=t.default}const o=Y(i,{endpointParams:r,logger:n,referenceRecord:{}})
return t.logger?.debug?.(`${R} Resolved endpoint: ${k(o)}`),o},t.resolveEndpointConfig=ee,t.resolveEndpointRequiredConfig=e=>{const{endpoint:t}=e
return void 0===t&&(e.endpoint=async()=>{throw new Error("@smithy/middleware-endpoint: (default endpointRuleSet) endpoint is not set - you must configure an endpoint.")}),e},t.resolveParams=A},9901:(e,t,r)=>{const{Crc32:n}=r(9128),{hasOwn:s}=r(9928),{toHex:i,fromHex:o,toUtf8:a,fromUtf8:c}=r(1892),{Readable:u}=r(7075),{TypeRegistry:l}=r(2692)
class d{bytes
constructor(e){if(this.bytes=e,8!==e.byteLength)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>0x8000000000000000||e<-0x8000000000000000)throw new Error(`${e} is too large (or, if negative, too small) to represent as an Int64`)
const t=new Uint8Array(8)
for(let r=7,n=Math.abs(Math.round(e));r>-1&&n>0;r--,n/=256)t[r]=n
return e<0&&h(t),new d(t)}valueOf(){const e=this.bytes.slice(0),t=128&e[0]
return t&&h(e),parseInt(i(e),16)*(t?-1:1)}toString(){return String(this.valueOf())}}function h(e){for(let t=0;t<8;t++)e[t]^=255
for(let t=7;t>-1&&(e[t]++,0===e[t]);t--);}class f{toUtf8
fromUtf8
constructor(e,t){this.toUtf8=e,this.fromUtf8=t}format(e){const t=[]
for(const r in e){if(!s(e,r))continue
const n=this.fromUtf8(r)
if(n.byteLength>255)throw new Error(`@smithy/core/event-streams - header name exceeds 255 bytes: ${n.byteLength}`)
t.push(Uint8Array.from([n.byteLength]),n,this.formatHeaderValue(e[r]))}const r=new Uint8Array(t.reduce((e,t)=>e+t.byteLength,0))
let n=0
for(const e of t)r.set(e,n),n+=e.byteLength
return r}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1])
case"byte":return Uint8Array.from([2,e.value])
case"short":const t=new DataView(new ArrayBuffer(3))
return t.setUint8(0,3),t.setInt16(1,e.value,!1),new Uint8Array(t.buffer)
case"integer":const r=new DataView(new ArrayBuffer(5))
return r.setUint8(0,4),r.setInt32(1,e.value,!1),new Uint8Array(r.buffer)
case"long":const n=new Uint8Array(9)
return n[0]=5,n.set(e.value.bytes,1),n
case"binary":if(e.value.byteLength>T)throw new Error(`@smithy/core/event-streams - header value (binary) exceeds ${T} bytes: ${e.value.byteLength}`)
const s=new DataView(new ArrayBuffer(3+e.value.byteLength))
s.setUint8(0,6),s.setUint16(1,e.value.byteLength,!1)
const i=new Uint8Array(s.buffer)
return i.set(e.value,3),i
case"string":const a=this.fromUtf8(e.value)
if(a.byteLength>T)throw new Error(`@smithy/core/event-streams - header value (string) exceeds ${T} bytes: ${a.byteLength}`)
const c=new DataView(new ArrayBuffer(3+a.byteLength))
c.setUint8(0,7),c.setUint16(1,a.byteLength,!1)
const u=new Uint8Array(c.buffer)
return u.set(a,3),u
case"timestamp":const l=new Uint8Array(9)
return l[0]=8,l.set(d.fromNumber(e.value.valueOf()).bytes,1),l
case"uuid":if(!A.test(e.value))throw new Error(`Invalid UUID received: ${e.value}`)
const h=new Uint8Array(17)
return h[0]=9,h.set(o(e.value.replace(/-/g,"")),1),h}}parse(e){const t={}
let r=0
for(;r<e.byteLength;){const n=e.getUint8(r++),s=this.toUtf8(new Uint8Array(e.buffer,e.byteOffset+r,n))
switch(r+=n,e.getUint8(r++)){case 0:t[s]={type:g,value:!0}
break
case 1:t[s]={type:g,value:!1}
break
case 2:t[s]={type:m,value:e.getInt8(r++)}
break
case 3:t[s]={type:y,value:e.getInt16(r,!1)},r+=2
break
case 4:t[s]={type:w,value:e.getInt32(r,!1)},r+=4
break
case 5:t[s]={type:S,value:new d(new Uint8Array(e.buffer,e.byteOffset+r,8))},r+=8
break
case 6:const n=e.getUint16(r,!1)
r+=2,t[s]={type:b,value:new Uint8Array(e.buffer,e.byteOffset+r,n)},r+=n
break
case 7:const o=e.getUint16(r,!1)
r+=2,t[s]={type:E,value:this.toUtf8(new Uint8Array(e.buffer,e.byteOffset+r,o))},r+=o
break
case 8:t[s]={type:v,value:new Date(new d(new Uint8Array(e.buffer,e.byteOffset+r,8)).valueOf())},r+=8
break
case 9:const a=new Uint8Array(e.buffer,e.byteOffset+r,16)
r+=16,t[s]={type:C,value:`${i(a.subarray(0,4))}-${i(a.subarray(4,6))}-${i(a.subarray(6,8))}-${i(a.subarray(8,10))}-${i(a.subarray(10))}`}
break
default:throw new Error("Unrecognized header type tag")}}return t}}var p
!function(e){e[e.boolTrue=0]="boolTrue",e[e.boolFalse=1]="boolFalse",e[e.byte=2]="byte",e[e.short=3]="short",e[e.integer=4]="integer",e[e.long=5]="long",e[e.byteArray=6]="byteArray",e[e.string=7]="string",e[e.timestamp=8]="timestamp",e[e.uuid=9]="uuid"}(p||(p={}))
const g="boolean",m="byte",y="short",w="integer",S="long",b="binary",E="string",v="timestamp",C="uuid",A=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,T=32767
class x{headerMarshaller
messageBuffer
isEndOfStream
constructor(e,t){this.headerMarshaller=new f(e,t),this.messageBuffer=[],this.isEndOfStream=!1}feed(e){this.messageBuffer.push(this.decode(e))}endOfStream(){this.isEndOfStream=!0}getMessage(){const e=this.messageBuffer.pop(),t=this.isEndOfStream
return{getMessage:()=>e,isEndOfStream:()=>t}}getAvailableMessages(){const e=this.messageBuffer
this.messageBuffer=[]
const t=this.isEndOfStream
return{getMessages:()=>e,isEndOfStream:()=>t}}encode({headers:e,body:t}){const r=this.headerMarshaller.format(e),s=r.byteLength+t.byteLength+16,i=new Uint8Array(s),o=new DataView(i.buffer,i.byteOffset,i.byteLength),a=new n
return o.setUint32(0,s,!1),o.setUint32(4,r.byteLength,!1),a.update(i.subarray(0,8)),o.setUint32(8,a.digestSync(),!1),i.set(r,12),i.set(t,r.byteLength+12),a.update(i.subarray(8,s-4)),o.setUint32(s-4,a.digestSync(),!1),i}decode(e){const{headers:t,body:r}=function({byteLength:e,byteOffset:t,buffer:r}){if(e<16)throw new Error("Provided message too short to accommodate event stream message overhead")
const s=new DataView(r,t,e),i=s.getUint32(0,!1)
if(e!==i)throw new Error("Reported message length does not match received message length")
const o=s.getUint32(4,!1),a=s.getUint32(8,!1),c=s.getUint32(e-4,!1),u=new n
if(u.update(new Uint8Array(r,t,8)),a!==u.digestSync())throw new Error(`The prelude checksum specified in the message (${a}) does not match the calculated CRC32 checksum (${u.digestSync()})`)
if(u.update(new Uint8Array(r,t+8,e-12)),c!==u.digestSync())throw new Error(`The message checksum (${u.digestSync()}) did not match the expected value of ${c}`)
return{headers:new DataView(r,t+8+4,o),body:new Uint8Array(r,t+8+4+o,i-o-16)}}(e)
return{headers:this.headerMarshaller.parse(t),body:r}}formatHeaders(e){return this.headerMarshaller.format(e)}}class I{options
constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(const e of this.options.inputStream){const t=this.options.decoder.decode(e)
yield t}}}class _{options
constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(const e of this.options.messageStream){const t=this.options.encoder.encode(e)
yield t}this.options.includeEndFrame&&(yield new Uint8Array(0))}}class R{options
constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(const e of this.options.messageStream){const t=await this.options.deserializer(e)
void 0!==t&&(yield t)}}}class k{options
constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(const e of this.options.inputStream){const t=this.options.serializer(e)
yield t}}}function O(e){let t=0,r=0,n=null,s=null
const i=e=>{if("number"!=typeof e)throw new Error("Attempted to allocate an event message where size was not a number: "+e)
t=e,r=4,n=new Uint8Array(e)
new DataView(n.buffer).setUint32(0,e,!1)}
return{[Symbol.asyncIterator]:async function*(){const o=e[Symbol.asyncIterator]()
for(;;){const{value:e,done:a}=await o.next()
if(a){if(!t)return
if(t!==r)throw new Error("Truncated event message received.")
return void(yield n)}const c=e.length
let u=0
for(;u<c;){if(!n){const t=c-u
s||(s=new Uint8Array(4))
const n=Math.min(4-r,t)
if(s.set(e.slice(u,u+n),r),r+=n,u+=n,r<4)break
i(new DataView(s.buffer).getUint32(0,!1)),s=null}const o=Math.min(t-r,c-u)
n.set(e.slice(u,u+o),r),r+=o,u+=o,t&&t===r&&(yield n,n=null,t=0,r=0)}}}}}function P(e,t){return async function(r){const{value:n}=r.headers[":message-type"]
if("error"===n){const e=new Error(r.headers[":error-message"].value||"UnknownError")
throw e.name=r.headers[":error-code"].value,e}if("exception"===n){const n=r.headers[":exception-type"].value,s={[n]:r},i=await e(s)
if(i.$unknown){const e=new Error(t(r.body))
throw e.name=n,e}throw i[n]}if("event"===n){const t={[r.headers[":event-type"].value]:r},n=await e(t)
if(n.$unknown)return
return n}throw Error(`Unrecognizable event type: ${r.headers[":event-type"].value}`)}}let N=class{eventStreamCodec
utfEncoder
constructor({utf8Encoder:e,utf8Decoder:t}){this.eventStreamCodec=new x(e,t),this.utfEncoder=e}deserialize(e,t){const r=O(e)
return new R({messageStream:new I({inputStream:r,decoder:this.eventStreamCodec}),deserializer:P(t,this.utfEncoder)})}serialize(e,t){return new _({messageStream:new k({inputStream:e,serializer:t}),encoder:this.eventStreamCodec,includeEndFrame:!0})}}
class D{universalMarshaller
constructor({utf8Encoder:e,utf8Decoder:t}){this.universalMarshaller=new N({utf8Decoder:t,utf8Encoder:e})}deserialize(e,t){const r="function"==typeof e[Symbol.asyncIterator]?e:async function*(e){let t=!1,r=!1
const n=new Array
e.on("error",e=>{if(t||(t=!0),e)throw e}),e.on("data",e=>{n.push(e)}),e.on("end",()=>{t=!0})
for(;!r;){const e=await new Promise(e=>setTimeout(()=>e(n.shift()),0))
e&&(yield e),r=t&&0===n.length}}(e)
return this.universalMarshaller.deserialize(r,t)}serialize(e,t){return u.from(this.universalMarshaller.serialize(e,t))}}t.EventStreamCodec=x,t.EventStreamMarshaller=D,t.EventStreamSerde=class{marshaller
serializer
deserializer
serdeContext
defaultContentType
compositeErrorRegistry
constructor({marshaller:e,serializer:t,deserializer:r,serdeContext:n,defaultContentType:s,compositeErrorRegistry:i}){this.marshaller=e,this.serializer=t,this.deserializer=r,this.serdeContext=n,this.defaultContentType=s,this.compositeErrorRegistry=i}async serializeEventStream({eventStream:e,requestSchema:t,initialRequest:r,initialMessageType:n}){const i=this.marshaller,o=t.getEventStreamMember(),a=t.getMemberSchema(o),c=this.serializer,u=this.defaultContentType,l=Symbol("initialRequestMarker"),d={async*[Symbol.asyncIterator](){if(r){const e={":event-type":{type:"string",value:n??"initial-request"},":message-type":{type:"string",value:"event"},":content-type":{type:"string",value:u}}
c.write(t,r)
const s=c.flush()
yield{[l]:!0,headers:e,body:s}}for await(const t of e)yield t}}
return i.serialize(d,e=>{if(e[l])return{headers:e.headers,body:e.body}
let t=""
for(const r in e)if(s(e,r)&&"__type"!==r){t=r
break}const{additionalHeaders:r,body:n,eventType:i,explicitPayloadContentType:o}=this.writeEventBody(t,a,e)
return{headers:{":event-type":{type:"string",value:i},":message-type":{type:"string",value:"event"},":content-type":{type:"string",value:o??u},...r},body:n}})}async deserializeEventStream({response:e,responseSchema:t,initialResponseContainer:r,initialMessageType:n}){const i=this.marshaller,o=t.getEventStreamMember(),c=t.getMemberSchema(o).getMemberSchemas(),u=Symbol("initialResponseMarker"),l=i.deserialize(e.body,async e=>{let r=""
for(const t in e)if(s(e,t)&&"__type"!==t){r=t
break}const i=e[r].body
if(r===(n??"initial-response")){const e=await this.deserializer.read(t,i)
return delete e[o],{[u]:!0,...e}}if(r in c){const t=c[r]
if(t.isStructSchema()){const n={}
let s=!1
for(const[o,c]of t.structIterator()){const{eventHeader:t,eventPayload:u}=c.getMergedTraits()
if(s=s||Boolean(t||u),u)c.isBlobSchema()?n[o]=i:c.isStringSchema()?n[o]=(this.serdeContext?.utf8Encoder??a)(i):c.isStructSchema()&&(n[o]=await this.deserializer.read(c,i))
else if(t){const t=e[r].headers[o]?.value
null!=t&&(c.isNumericSchema()?n[o]=t&&"object"==typeof t&&"bytes"in t?BigInt(t.toString()):Number(t):n[o]=t)}}return{[r]:await this.readEventMember(t,i,s,n)}}return{[r]:await this.deserializer.read(t,i)}}return{$unknown:e}}),d=l[Symbol.asyncIterator](),h=await d.next()
if(h.done)return l
if(h.value?.[u]){if(!t)throw new Error("@smithy::core/protocols - initial-response event encountered in event stream but no response schema given.")
for(const e in h.value)s(h.value,e)&&(r[e]=h.value[e])}return{async*[Symbol.asyncIterator](){for(h?.value?.[u]||(yield h.value);;){const{done:e,value:t}=await d.next()
if(e)break
yield t}}}}async readEventMember(e,t,r,n){let s
const i=e.getSchema()
if(Array.isArray(i)&&-3===i[0]){const e=i[1],t=l.for(e)
this.compositeErrorRegistry?.copyFrom(t),s=(this.compositeErrorRegistry??t)?.getErrorCtor(i)}const o=r?n:0===t.byteLength?{}:await this.deserializer.read(e,t)
if(s){const t=o.message??o.Message??"Unknown",r={},n=e.getMergedTraits().error
return n&&(r.$fault=n),Object.assign(new s({}),r,{message:t},o)}return o}writeEventBody(e,t,r){const n=this.serializer
let s,i=e,o=null
const a={}
if(t.getSchema()[4].includes(e)){const i=t.getMemberSchema(e)
if(i.isStructSchema()){for(const[t,n]of i.structIterator()){const{eventHeader:s,eventPayload:i}=n.getMergedTraits()
if(i)o=t
else if(s){const s=r[e][t]
let i="binary"
n.isNumericSchema()?i=(-2)**31<=s&&s<=2**31-1?"integer":"long":n.isTimestampSchema()?i="timestamp":n.isStringSchema()?i="string":n.isBooleanSchema()&&(i="boolean"),null!=s&&(a[t]={type:i,value:s},delete r[e][t])}}if(null!==o){const t=i.getMemberSchema(o)
t.isBlobSchema()?s="application/octet-stream":t.isStringSchema()&&(s="text/plain"),n.write(t,r[e][o])}else n.write(i,r[e])}else{if(!i.isUnitSchema())throw new Error("@smithy/core/event-streams - non-struct member not supported in event stream union.")
n.write(i,{})}}else{const[t,s]=r[e]
i=t,n.write(15,s)}const u=n.flush()??new Uint8Array
return{body:"string"==typeof u?(this.serdeContext?.utf8Decoder??c)(u):u,eventType:i,explicitPayloadContentType:s,additionalHeaders:a}}},t.HeaderMarshaller=f,t.Int64=d,t.MessageDecoderStream=I,t.MessageEncoderStream=_,t.SmithyMessageDecoderStream=R,t.SmithyMessageEncoderStream=k,t.UniversalEventStreamMarshaller=N,t.eventStreamSerdeProvider=e=>new D(e),t.getChunkedStream=O,t.getMessageUnmarshaller=P,t.getUnmarshalledStream=function(e,t){const r=P(t.deserializer,t.toUtf8)
return{[Symbol.asyncIterator]:async function*(){for await(const n of e){const e=t.eventStreamCodec.decode(n),s=await r(e)
void 0!==s&&(yield s)}}}},t.iterableToReadableStream=e=>{const t=e[Symbol.asyncIterator]()
return new ReadableStream({async pull(e){const{done:r,value:n}=await t.next()
if(r)return e.close()
e.enqueue(n)}})},t.readableStreamToIterable=e=>({[Symbol.asyncIterator]:async function*(){const t=e.getReader()
try{for(;;){const{done:e,value:r}=await t.read()
if(e)return
yield r}}finally{t.releaseLock()}}}),t.resolveEventStreamSerdeConfig=e=>Object.assign(e,{eventStreamMarshaller:e.eventStreamSerdeProvider(e)}),t.universalEventStreamSerdeProvider=e=>new N(e)},284:(e,t,r)=>{const{Uint8ArrayBlobAdapter:n,writeKey:s,sdkStreamMixin:i,splitEvery:o,splitHeader:a,NumericValue:c,toUtf8:u,fromBase64:l,LazyJsonString:d,_parseEpochTimestamp:h,_parseRfc7231DateTime:f,_parseRfc3339DateTimeWithOffset:p,fromUtf8:g,generateIdempotencyToken:m,toBase64:y,dateToUtcString:w,quoteHeader:S,parseEpochTimestamp:b,parseRfc7231DateTime:E,parseRfc3339DateTimeWithOffset:v}=r(1892),{HttpRequest:C,HttpResponse:A,hasOwn:T,isValidHostname:x,getSmithyContext:I}=r(9928),{parseQueryString:_,parseUrl:R}=r(9928)
t.HttpRequest=C,t.HttpResponse=A,t.isValidHostname=x,t.parseQueryString=_,t.parseUrl=R
const{NormalizedSchema:k,translateTraits:O,TypeRegistry:P,deref:N}=r(2692),{FieldPosition:D}=r(5192),M=async(e=new Uint8Array,t)=>{if(e instanceof Uint8Array)return n.mutate(e)
if(!e)return n.mutate(new Uint8Array)
const r=t.streamCollector(e)
return n.mutate(await r)}
function $(e){return/^[\w.~-]+$/.test(e)?e:encodeURIComponent(e).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}const U=Symbol.for("@smithy/schema-x")
class F extends k{static identity=Symbol.for("@smithy/HttpBindingNormalizedSchema")
identity=F.identity
bindings
constructor(e){super(e)}static of(e){const t=k.of(e)
if(t.identity===F.identity)return t
const r=t.isMemberSchema()?t:t.getSchema(),n="object"==typeof r&&null!==r?r:t
return n[U]??=new F(t)}getHttpBindingLocation(e){return e.httpPayload?36:e.httpLabel?33:e.httpHeader?38:"string"==typeof e.httpPrefixHeaders?39:e.httpQuery?34:e.httpQueryParams?35:e.httpResponseCode?37:32}getHttpBindingValue(e,t,r=!1){const n=this.getSchema(),s="number"==typeof n?255&n:this.isListSchema()?64:255,i=7&e,o=t.mediaType?"application/json"===t.mediaType||t.mediaType.endsWith("+json")?2:1:0,a=t.streaming||42===s?this.isStructSchema()?2:1:0,c=s>=4&&s<=7?i>=6?2:i>0&&i<4?1:0:0
let u=s|o<<8|(t.idempotencyToken?1:0)<<10|a<<11|(t.sparse?1:0)<<13|c<<14|(t.hostLabel?1:0)<<17|(36===e&&"object"!=typeof n?1:0)<<18
const l=2&i&&(64===(192&s)||!r&&1&i)?this.getHttpBindingCollectionValue(e,t):void 0,d=255&(l?.[1]??0)
return u|=(i>=6&&(4===d||6===d)?1:0)<<16,[this,u,l]}getHttpBindingCollectionValue(e,t=this.getMergedTraits()){const r=F.of(this.getValueSchema())
return r.getHttpBindingValue(e,{...r.getMergedTraits(),...t},!0)}getHttpBindings(){const e=this.getSchema()
return"object"!=typeof e||null===e?z:this.bindings??=L(this)}}const L=e=>{const t=[],r=[],n=[],i=[],o=[],a={},c={},u=[],l={headers:c,prefixHeaders:u},d={request:{memberBindings:o,byName:a},response:{bodyMemberNames:t,bindings:l}},{request:h,response:f}=d
for(const[d,f]of e.structIterator()){const e=F.of(f),p=e.getMergedTraits(),g=e.getHttpBindingLocation(p),m=p.httpHeader?.toLowerCase()??p.httpPrefixHeaders?.toLowerCase()??p.httpQuery,y=e.getHttpBindingValue(g,p),w=[d,y,g,m]
"__proto__"===d&&s(a),a[d]=w,y[1]>>10&1&&(h.hasIdempotency=!0),o.push(w)
const S=7&g
if(0===S&&(n.push(d),i.push(f)),4&S)if(4==(6&S))if(1&S)l.statusCode=w
else{l.payload=w
const e=255&y[1]
h.contentTypeInstruction=p.mediaType??(0===e?"text/plain":21===e||42===e?"application/octet-stream":null)}else 1&S?(h.hasPrefixHeaders=!0,u.push(w)):("__proto__"===m&&s(c),c[m]=w)
else t.push(d),r.push(f)}return void 0===h.contentTypeInstruction&&n.length&&(h.contentTypeInstruction=null),h.syntheticBodySchema=j(e,n,i),f.syntheticBodySchema=j(e,t,r),d},B=e=>{const t=[]
let r=0
for(const n of e.matchAll(/\{([^{}+]+)(\+)?\}/g))n.index>r&&t.push([e.slice(r,n.index),0]),t.push([n[1],n[2]?2:1]),r=n.index+n[0].length
return t.length&&r<e.length&&t.push([e.slice(r),0]),t.length?t:void 0},z={request:{memberBindings:[],byName:{}},response:{bodyMemberNames:[],bindings:{headers:{},prefixHeaders:[]}}},H=e=>e[U]??=(e=>{const{http:t,endpoint:r}=O(e.traits??{}),[n,s]=t?.[1].split("?")??[]
return[t?.[0],n,s?[...new URLSearchParams(s)]:[],n?B(n):void 0,r?.[0]]})(e),j=(e,t,r)=>{if(!t.length)return
const n=e.getSchema(),s=[3,n[1],n[2],e.getMergedTraits(),t,r],i=n[6],o=i&&t.reduce((e,t)=>e+(n[4].indexOf(t)<i?1:0),0)
return o&&(s[6]=o),s}
class V{serdeContext
setSerdeContext(e){this.serdeContext=e}}class q extends V{options
compositeErrorRegistry
constructor(e){super(),this.options=e,this.compositeErrorRegistry=new P(e.defaultNamespace)
for(const t of e.errorTypeRegistries??[])this.compositeErrorRegistry.copyFrom(t)}getRequestType(){return C}getResponseType(){return A}setSerdeContext(e){this.serdeContext=e,this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e),this.getPayloadCodec()&&this.getPayloadCodec().setSerdeContext(e)}updateServiceEndpoint(e,t){if("url"in t){e.protocol=t.url.protocol,e.hostname=t.url.hostname,e.port=t.url.port?Number(t.url.port):void 0,e.path=t.url.pathname,e.fragment=t.url.hash||void 0,e.username=t.url.username||void 0,e.password=t.url.password||void 0,e.query||(e.query={})
for(const[r,n]of t.url.searchParams.entries())e.query[r]=n
if(t.headers)for(const r in t.headers)T(t.headers,r)&&(e.headers[r]=t.headers[r].join(", "))
return e}if(e.protocol=t.protocol,e.hostname=t.hostname,e.port=t.port?Number(t.port):void 0,e.path=t.path,e.query={...t.query},t.headers)for(const r in t.headers)T(t.headers,r)&&(e.headers[r]=t.headers[r])
return e}setHostPrefix(e,t,r,n=H(t)){if(this.serdeContext?.disableHostPrefix)return
const s=n[4]
if("string"!=typeof s)return
let i=s
for(const[e,[,n]]of F.of(t.input).getHttpBindings().request.memberBindings){if(!(n>>17&1))continue
const t=r[e]
if("string"!=typeof t)throw new Error(`@smithy/core/schema - ${e} in input must be a string as hostLabel.`)
i=i.replace(`{${e}}`,t)}if(e.hostname=i+e.hostname,!x(e.hostname))throw new Error(`[${e.hostname}] is not a valid hostname.`)}deserializeMetadata(e){return{httpStatusCode:e.statusCode,requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["x-amz-cf-id"]}}resolveError(e,t,r){let n
for(const s of r)for(const r of t)try{n="*"===r?s.getSchema(e):s.getSchema(r+"#"+e)
const t=s.getErrorCtor(n)
if(t)return[n,t,"modeled"]
{const e=s.getBaseException()
if(e){const t=s.getErrorCtor(e)
if(t)return[n,t,"synthetic"]}}}catch(e){}for(const e of r){const t=e.getBaseException()
if(t){const r=e.getErrorCtor(t)
if(r)return[t,r,"synthetic"]}}return[[-3,"","Error",0,[],[],0],Error,"native"]}async serializeEventStream({eventStream:e,requestSchema:t,initialRequest:r}){return(await this.loadEventStreamCapability()).serializeEventStream({eventStream:e,requestSchema:t,initialRequest:r})}async deserializeEventStream({response:e,responseSchema:t,initialResponseContainer:r}){return(await this.loadEventStreamCapability()).deserializeEventStream({response:e,responseSchema:t,initialResponseContainer:r})}async loadEventStreamCapability(){const{EventStreamSerde:e,eventStreamSerdeProvider:t}=r(9901)
return new e({marshaller:this.resolveEventStreamMarshaller(t),serializer:this.serializer,deserializer:this.deserializer,serdeContext:this.serdeContext,defaultContentType:this.getDefaultContentType(),compositeErrorRegistry:this.compositeErrorRegistry})}getDefaultContentType(){throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missing.`)}async deserializeHttpMessage(e,t,r,n,s){return[]}getEventStreamMarshaller(){const e=this.serdeContext
if(!e.eventStreamMarshaller)throw new Error("@smithy/core - HttpProtocol: eventStreamMarshaller missing in serdeContext.")
return e.eventStreamMarshaller}resolveEventStreamMarshaller(e){const t=this.serdeContext
return t.eventStreamMarshaller?t.eventStreamMarshaller:e(this.serdeContext)}}class W extends q{async serializeRequest(e,t,r){const n=this.serializer,s={},i={},o=await r.endpoint(),a=k.of(e?.input),c=a.getSchema()
let u
const l=t&&"object"==typeof t?t:{},d=new C({protocol:"",hostname:"",port:void 0,path:"/",fragment:void 0,query:s,headers:i,body:void 0})
if(o&&(this.updateServiceEndpoint(d,o),this.setHostPrefix(d,e,l)),l){const e=a.getEventStreamMember()
if(e){if(l[e]){const t={}
for(const[r]of a.structIterator())r!==e&&null!=l[r]&&(t[r]=l[r])
u=await this.serializeEventStream({eventStream:l[e],requestSchema:a,initialRequest:t})}}else n.write(c,l),u=n.flush()}return d.headers=Object.assign(d.headers,i),d.query=s,d.body=u,d.method="POST",d}async deserializeResponse(e,t,r){const n=this.deserializer,s=k.of(e.output),i={}
if(this.isErrorResponse(r.statusCode)){const s=await M(r.body,t)
throw s.byteLength>0&&Object.assign(i,await n.read(15,s)),await this.handleError(e,t,r,i,this.deserializeMetadata(r)),new Error("@smithy/core/protocols - RPC Protocol error handler failed to throw.")}for(const e in r.headers){if(!T(r.headers,e))continue
const t=r.headers[e]
delete r.headers[e],r.headers[e.toLowerCase()]=t}const o=s.getEventStreamMember()
if(o)i[o]=await this.deserializeEventStream({response:r,responseSchema:s,initialResponseContainer:i})
else{const e=await M(r.body,t)
e.byteLength>0&&Object.assign(i,await n.read(s,e))}return i.$metadata=this.deserializeMetadata(r),i}isErrorResponse(e){return e>=300}}class G extends W{constructor({defaultNamespace:e,errorTypeRegistries:t}){super({defaultNamespace:e,errorTypeRegistries:t})}async serializeRequest(e,t,r){const n=await super.serializeRequest(e,t,r)
Object.assign(n.headers,{"content-type":this.getDefaultContentType(),"smithy-protocol":this.getSmithyProtocolHeaderValue(),accept:this.getDefaultContentType()}),"unit"===N(e.input)?(delete n.body,delete n.headers["content-type"]):this.applyEmptyBody(n)
const{service:s,operation:i}=I(r),o=`/service/${s}/operation/${i}`
return n.path.endsWith("/")?n.path+=o.slice(1):n.path+=o,n}isErrorResponse(e){return 200!==e}}const K=(e,t,r,n,s,i)=>{if(null==t||void 0===t[r])throw new Error("No value provided for input HTTP label: "+r+".")
{const t=n()
if(null==t||t.length<=0)throw new Error("Empty value provided for input HTTP label: "+r+".")
e=e.replace(s,i?t.split("/").map(e=>$(e)).join("/"):$(t))}return e}
class J{input
context
query={}
method=""
headers={}
path=""
body=null
hostname=""
resolvePathStack=[]
constructor(e,t){this.input=e,this.context=t}async build(){const{hostname:e,protocol:t="https",port:r,path:n}=await this.context.endpoint()
this.path=n
for(const e of this.resolvePathStack)e(this.path)
return new C({protocol:t,hostname:this.hostname||e,port:r,method:this.method,path:this.path,query:this.query,body:this.body,headers:this.headers})}hn(e){return this.hostname=e,this}bp(e){return this.resolvePathStack.push(t=>{this.path=`${t?.endsWith("/")?t.slice(0,-1):t||""}`+e}),this}p(e,t,r,n){return this.resolvePathStack.push(s=>{this.path=K(s,this.input,e,t,r,n)}),this}h(e){return this.headers=e,this}q(e){return this.query=e,this}b(e){return this.body=e,this}m(e){return this.method=e,this}}class Q extends V{settings
constructor(e){super(),this.settings=e}read(e,t){const r=F.of(e),n=r.getMergedTraits(),s=r.getHttpBindingLocation(n)
return this.readHttpBinding(r.getHttpBindingValue(s,n),t,s)}readHttpBinding([e,t,r],n,s){const i=255&t
if(64==(192&i))return r??=e.getHttpBindingCollectionValue(s),a(n).map(e=>this.readHttpBinding(r,e,s))
switch(i){case 21:case 42:return(this.serdeContext?.base64Decoder??l)(n)
case 4:case 5:case 6:case 7:{const e=this.settings.httpBindings?t>>14&3:0
switch(this.settings.timestampFormat.useTrait&&i>4?i:e?e+4:this.settings.timestampFormat.default){case 5:return p(n)
case 6:return f(n)
case 7:return h(n)
default:return console.warn("Missing timestamp format, parsing value with Date constructor:",n),new Date(n)}}case 0:{const e=t>>8&3
if(!e)return n
let r=n
return 6&~s||(r=(this.serdeContext?.utf8Encoder??u)((this.serdeContext?.base64Decoder??l)(r))),2===e?d.from(r):r}case 1:return Number(n)
case 2:return"true"===n.toLowerCase()
case 17:return BigInt(n)
case 19:return new c(n,"bigDecimal")
default:return n}}}class Y extends V{settings
stringBuffer=""
constructor(e){super(),this.settings=e}write(e,t){const r=F.of(e),n=r.getMergedTraits(),s=r.getHttpBindingLocation(n)
this.writeHttpBinding(r.getHttpBindingValue(s,n),t,s)}writeHttpBinding([e,t,r],n,s){const i=255&t
switch(typeof n){case"object":if(null===n)return void(this.stringBuffer="null")
if(i>=4&&i<=7){if(!(n instanceof Date))throw new Error(`@smithy/core/protocols - received non-Date value ${n} when schema expected Date in ${e.getName(!0)}`)
const r=this.settings.httpBindings?t>>14&3:0
switch(this.settings.timestampFormat.useTrait&&i>4?i:r?r+4:this.settings.timestampFormat.default){case 5:this.stringBuffer=n.toISOString().replace(".000Z","Z")
break
case 6:this.stringBuffer=w(n)
break
case 7:this.stringBuffer=String(n.getTime()/1e3)
break
default:console.warn("Missing timestamp format, using epoch seconds",n),this.stringBuffer=String(n.getTime()/1e3)}return}if((21===i||42===i)&&"byteLength"in n)return void(this.stringBuffer=(this.serdeContext?.base64Encoder??y)(n))
if(64==(192&i)&&Array.isArray(n)){r??=e.getHttpBindingCollectionValue(s)
const t=255&r[1],i=t>=4&&t<=7
let o=""
for(const e of n){this.writeHttpBinding(r,e,s)
const t=this.flush()
o&&(o+=", "),o+=i?t:S(t)}return void(this.stringBuffer=o)}this.stringBuffer=JSON.stringify(n,null,2)
break
case"string":const o=t>>8&3
let a=n
if(2===o&&(a=d.from(a)),o&&!(6&~s))return void(this.stringBuffer=(this.serdeContext?.base64Encoder??y)(a.toString()))
this.stringBuffer=n
break
default:this.stringBuffer=t>>10&1?m():String(n)}}flush(){const e=this.stringBuffer
return this.stringBuffer="",e}}function X(e,t){if(t.timestampFormat.useTrait){const t=e.getSchema()
if(5===t||6===t||7===t)return t}const{httpLabel:r,httpPrefixHeaders:n,httpHeader:s,httpQuery:i}=e.getMergedTraits()
return(t.httpBindings?"string"==typeof n||Boolean(s)?6:Boolean(i)||Boolean(r)?5:void 0:void 0)??t.timestampFormat.default}const Z="content-length"
function ee(e){return t=>async r=>{const n=r.request
if(C.isInstance(n)){const{body:t,headers:r}=n
if(t&&-1===Object.keys(r).map(e=>e.toLowerCase()).indexOf(Z))try{const r=e(t)
null!=r&&(n.headers={...n.headers,[Z]:String(r)})}catch(e){}}return t({...r,request:n})}}const te={step:"build",tags:["SET_CONTENT_LENGTH","CONTENT_LENGTH"],name:"contentLengthMiddleware",override:!0},re=e=>encodeURIComponent(e).replace(/[!'()*]/g,ne),ne=e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`
class se{serdeContext
setSerdeContext(e){this.serdeContext=e}}class ie{from
to
keys
constructor(e,t){this.from=e,this.to=t
const r=Object.keys(this.from),n=new Set(r)
n.delete("__type"),this.keys=n}mark(e){this.keys.delete(e)}hasUnknown(){return 1===this.keys.size&&0===Object.keys(this.to).length}writeUnknown(){if(this.hasUnknown()){const e=this.keys.values().next().value,t=this.from[e]
this.to.$unknown=[e,t]}}}let oe
function ae(){if(void 0===oe)try{if("function"!=typeof Buffer)oe=!1
else{const e=JSON.parse(Buffer.from([123,125]))
oe=null!==e&&"object"==typeof e}}catch{oe=!1}return oe}function ce(e,t,r){if(r?.source){const e=r.source
if("number"==typeof t){return t<=Number.MAX_SAFE_INTEGER&&t>=Number.MIN_SAFE_INTEGER?function(e,t){if(e===String(t))return!0
if(Object.is(t,-0))return!0
if(/[eE]/.test(e))return ue(e)===ue(String(t))
const r=e.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,""),n=String(t)
if(r===n)return!0
if(/[eE]/.test(n))return r===ue(n)
return!1}(e,t)?t:new c(e,"bigDecimal"):function(e){const t=e.indexOf(".")
if(-1===t)return!1
const r=e.search(/[eE]/)
if(-1===r)return!0
const n=r-t-1
return parseInt(e.slice(r+1),10)<n}(e)?new c(e,"bigDecimal"):/[eE]/.test(e)?function(e){const t=e.search(/[eE]/),r=parseInt(e.slice(t+1),10),n=e.startsWith("-"),s=e.slice(n?1:0,t),i=s.indexOf(".")
let o,a
if(-1===i)o=s,a=r
else{o=s.slice(0,i)+s.slice(i+1)
a=r-(s.length-i-1)}o=o.replace(/0+$/,"")||"0"
const c=BigInt(o)*10n**BigInt(a+(s.replace(".","").length-o.length))
return n?-c:c}(e):BigInt(e)}}return t}function ue(e){const t=e.startsWith("-"),r=t?e.slice(1):e,n=r.search(/[eE]/)
let s
if(-1===n)s=r
else{const e=parseInt(r.slice(n+1),10),t=r.slice(0,n),i=t.indexOf(".")
let o,a;-1===i?(o=t,a=t.length):(o=t.slice(0,i)+t.slice(i+1),a=i),o=o.replace(/0+$/,"")||"0"
const c=a+e
s="0"===o?"0":c<=0?"0."+"0".repeat(-c)+o:c>=o.length?o+"0".repeat(c-o.length):o.slice(0,c)+"."+o.slice(c)}return s.includes(".")&&(s=s.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,"")),(t?"-":"")+s}const le=Symbol.for("@aws-sdk/reviver")
function de(e){const t=k.of(e),r=t.getSchema()
if(Array.isArray(r)&&t.isStructSchema()){if(le in r)return r[le]
const e=he(t,new Set)
return r[le]=e,e}return he(t,new Set)}function he(e,t){const r=e.getSchema()
if(t.has(r))return!1
if(t.add(r),e.isBigIntegerSchema()||e.isBigDecimalSchema())return!0
if(e.isStructSchema()){for(const[,r]of e.structIterator())if(he(r,t))return!0}else if(e.isListSchema()||e.isMapSchema()){if(he(e.getValueSchema(),t))return!0}else if(e.isDocumentSchema())return!0
return!1}async function fe(e,t,r){let n
if(ae()&&"function"==typeof e?.[Symbol.asyncIterator]){const r=await M(e,t)
"function"==typeof Buffer&&(n=Buffer.isBuffer(r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength))}if(n||(n=await((e,t)=>M(e,t).then(e=>(t?.utf8Encoder??u)(e)))(e,t)),0===n.length)return{}
const s=r&&de(r)?ce:void 0
try{return JSON.parse(n,s)}catch(e){throw"SyntaxError"===e?.name&&Object.defineProperty(e,"$responseBodyText",{value:"string"==typeof n?n:n.toString("utf8")}),e}}const pe=(e,t)=>Object.keys(e).find(e=>e.toLowerCase()===t.toLowerCase()),ge=e=>{let t=e
return"number"==typeof t&&(t=t.toString()),t.indexOf(",")>=0&&(t=t.split(",")[0]),t.indexOf(":")>=0&&(t=t.split(":")[0]),t.indexOf("#")>=0&&(t=t.split("#")[1]),t},me=(e,t)=>{if(void 0!==t?.__type){let e=t.__type
return"number"==typeof e&&(e=e.toString()),e.indexOf(",")>=0&&(e=e.split(",")[0]),e.indexOf(":")>=0&&(e=e.split(":")[0]),e}},ye=({headers:e},t,r)=>{for(;r.length>0;){switch(r.shift()){case"header":const r=pe(e??{},"x-amzn-errortype")
if(void 0!==r)return ge(e[r])
break
case"code":const n=pe(t??{},"code")
if(n&&void 0!==t[n])return ge(t[n])
break
case"type":if(void 0!==t?.__type)return ge(t.__type)}}}
class we extends se{settings
constructor(e){super(),this.settings=e}async read(e,t){const r=de(e)?ce:void 0
let n
if("string"==typeof t){if(0===t.length)return{}
n=JSON.parse(t,r)}else if(t instanceof Uint8Array&&ae()){if(0===t.byteLength)return{}
const e=Buffer.isBuffer(t)?t:Buffer.from(t.buffer,t.byteOffset,t.byteLength)
n=JSON.parse(e,r)}else n=await fe(t,this.serdeContext,e)
return this._read(e,n)}readObject(e,t){return this._read(e,t)}_read(e,t){const r=null!==t&&"object"==typeof t,n=k.of(e)
if(r){if(n.isStructSchema())return this._readStruct(n,t)
if(Array.isArray(t)&&n.isListSchema()){const e=n.getValueSchema()
if(this.needsTransform(e))for(let r=0;r<t.length;++r)t[r]=this._read(e,t[r])
return t}if(n.isMapSchema()){const e=n.getValueSchema(),r=t
if(this.needsTransform(e))for(const t in r)T(r,t)&&("__proto__"===t&&s(r),r[t]=this._read(e,r[t]))
return r}}if(n.isBlobSchema()&&"string"==typeof t)return l(t)
const i=n.getMergedTraits().mediaType
if(n.isStringSchema()&&"string"==typeof t&&i){return"application/json"===i||i.endsWith("+json")?d.from(t):t}if(n.isTimestampSchema()&&null!=t){switch(X(n,this.settings)){case 5:return v(t)
case 6:return E(t)
case 7:return b(t)
default:return console.warn("Missing timestamp format, parsing value with Date constructor:",t),new Date(t)}}if(n.isBigIntegerSchema()&&("number"==typeof t||"string"==typeof t))return BigInt(t)
if(n.isBigDecimalSchema()&&null!=t){if(t instanceof c)return t
const e=t
return"bigDecimal"===e.type&&"string"in e?new c(e.string,e.type):new c(String(t),"bigDecimal")}if(n.isNumericSchema()&&"string"==typeof t){switch(t){case"Infinity":return 1/0
case"-Infinity":return-1/0
case"NaN":return NaN}return t}if(n.isDocumentSchema()&&r)if(Array.isArray(t))for(let e=0;e<t.length;++e){const r=t[e]
r instanceof c||(t[e]=this._read(n,r))}else{const e=t
for(const t in e){if(!T(e,t))continue
"__proto__"===t&&s(e)
const r=e[t]
r instanceof c||(e[t]=this._read(n,r))}}return t}_readStruct(e,t){const r=e.isUnionSchema(),n={}
let s
const i="string"==typeof t.__type,{jsonName:o}=this.settings
let a
o&&i&&(s={}),r&&(a=new ie(t,n))
for(const[c,u]of e.structIterator()){let e=c
o&&(e=u.getMergedTraits().jsonName??e,i&&(s[e]=c)),r&&a.mark(e),null!=t[e]&&(n[c]=this._read(u,t[e]))}if(r)a.writeUnknown()
else if(i)for(const e in t){if(!T(t,e))continue
const r=t[e],i=o?s[e]??e:e
i in n||(n[i]=r)}return n}needsTransform(e){return!!(e.isBlobSchema()||e.isTimestampSchema()||e.isBigIntegerSchema()||e.isBigDecimalSchema()||e.isNumericSchema())||(!!(e.isDocumentSchema()||e.isStructSchema()||e.isListSchema()||e.isMapSchema())||!(!e.isStringSchema()||!e.getMergedTraits().mediaType))}}class Se extends Uint8Array{string=null
static allocUnsafe(e){if("function"==typeof Buffer){const t=Buffer.allocUnsafe(e)
return new Se(t.buffer,t.byteOffset,t.byteLength)}return new Se(e)}toString(){return this.s()}valueOf(){return this.s()}includes(e,t){return"string"==typeof e?this.s().includes(e,t):Uint8Array.prototype.includes.call(this,e,t)}indexOf(e,t){return"string"==typeof e?this.s().indexOf(e,t):Uint8Array.prototype.indexOf.call(this,e,t)}lastIndexOf(e,t){if("string"==typeof e)return this.s().lastIndexOf(e,t)
const r=Uint8Array.prototype.lastIndexOf
return void 0!==t?r.call(this,e,t):r.call(this,e)}startsWith(e,t){return this.s().startsWith(e,t)}endsWith(e,t){return this.s().endsWith(e,t)}match(e){return this.s().match(e)}replace(e,t){return this.s().replace(e,t)}search(e){return this.s().search(e)}split(e,t){return this.s().split(e,t)}substring(e,t){return this.s().substring(e,t)}trim(){return this.s().trim()}trimStart(){return this.s().trimStart()}trimEnd(){return this.s().trimEnd()}charAt(e){return this.s().charAt(e)}charCodeAt(e){return this.s().charCodeAt(e)}padStart(e,t){return this.s().padStart(e,t)}padEnd(e,t){return this.s().padEnd(e,t)}repeat(e){return this.s().repeat(e)}toUpperCase(){return this.s().toUpperCase()}toLowerCase(){return this.s().toLowerCase()}s(){if(null==this.string){const e=Date.now()
e>be+6e4&&(console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string method on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."),be=e),this.string=u(this)}return this.string}}var be=0
const Ee=new TextEncoder,ve=34,Ce=new Uint8Array([116,114,117,101]),Ae=new Uint8Array([102,97,108,115,101]),Te=new Uint8Array([110,117,108,108]),xe=new Array(128).fill(null)
xe[8]="b",xe[9]="t",xe[10]="n",xe[12]="f",xe[13]="r",xe[34]='"',xe[92]="\\"
for(let e=0;e<32;e++)null===xe[e]&&(xe[e]="u00"+e.toString(16).padStart(2,"0"))
function Ie(e){return Se.allocUnsafe(e)}class _e extends se{settings
json
i=0
rootSchema
rawValue
passthrough=!1
constructor(e){super(),this.settings=e,this.json=Ie(2048)}write(e,t){this.i=0,this.rawValue=t,this.rootSchema=k.of(e),this.passthrough=this.rootSchema.isBlobSchema()||this.rootSchema.isStringSchema(),this.passthrough||this.writeValue(this.rootSchema,t,void 0)}writeDiscriminatedDocument(e,t){this.i=0,this.rootSchema=k.of(e)
const r=this.rootSchema
if(r.isStructSchema()&&null!=t&&"object"==typeof t){this.writeValue(r,t,void 0)
const e=`"__type":"${r.getName(!0)??"Unknown"}",`,n=e.length
this.ensure(n),this.json.copyWithin(1+n,1,this.i),Ee.encodeInto(e,this.json.subarray(1)),this.i+=n}else this.writeValue(r,t,void 0)}flush(){this.rootSchema=void 0
const e=this.i
this.i=0
const t=this.rawValue
if(this.rawValue=void 0,0===e)return t
const r=this.json.subarray(0,e)
return this.json=Ie(2048),r}ensure(e){const{i:t,json:r}=this
if(t+e>r.length){let n=2*r.length
for(;n<t+e;)n*=2
const s=Ie(n)
s.set(this.json),this.json=s}}writeAscii(e){const t=e.length
this.ensure(t)
let{i:r,json:n}=this
for(let s=0;s<t;++s)n[r]=e.charCodeAt(s),r+=1
this.i=r}writeAsciiQuoted(e){const t=e.length
this.ensure(t+4)
let{json:r,i:n}=this
r[n++]=ve
for(let s=0;s<t;++s)r[n++]=e.charCodeAt(s)
r[n++]=ve,this.i=n}writeJsonString(e){const t=e.length
this.ensure(3*t+2),this.json[this.i++]=ve
for(let r=0;r<t;++r){const n=e.charCodeAt(r)
if(n>34&&n<92)this.json[this.i++]=n
else if(n<128){const e=xe[n]
if(null!==e){this.ensure(e.length+1+3*(t-r-1)+1),this.json[this.i++]=92
for(let t=0;t<e.length;t++)this.json[this.i++]=e.charCodeAt(t)}else this.json[this.i++]=n}else if(n>=55296&&n<=56319){const s=r+1<t?e.charCodeAt(r+1):0
if(s>=56320&&s<=57343){this.ensure(4)
const{written:t}=Ee.encodeInto(e.substring(r,r+2),this.json.subarray(this.i))
this.i+=t,++r}else this.ensure(6+3*(t-r-1)+1),this.writeUnicodeEscape(n)}else if(n>=56320&&n<=57343)this.ensure(6+3*(t-r-1)+1),this.writeUnicodeEscape(n)
else{let{i:e,json:t}=this
n<2048?(t[e++]=192|n>>6,t[e++]=128|63&n):(t[e++]=224|n>>12,t[e++]=128|n>>6&63,t[e++]=128|63&n),this.i=e}}this.json[this.i++]=ve}writeUnicodeEscape(e){let{json:t,i:r}=this
t[r++]=92,t[r++]=117
const n=e.toString(16).padStart(4,"0")
for(let e=0;e<4;++e)t[r++]=n.charCodeAt(e)
this.i=r}static B64=(()=>{const e=new Uint8Array(64)
for(let t=0;t<64;++t)e[t]="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".charCodeAt(t)
return e})()
writeBase64(e){const t=4*Math.ceil(e.length/3)
this.ensure(t+2)
const r=this.json,n=_e.B64
let s=this.i
r[s++]=ve
const i=e.length,o=i%3,a=i-o
for(let t=0;t<a;t+=3){const i=e[t],o=e[t+1],a=e[t+2]
r[s++]=n[i>>2],r[s++]=n[(3&i)<<4|o>>4],r[s++]=n[(15&o)<<2|a>>6],r[s++]=n[63&a]}if(2===o){const t=e[a],i=e[a+1]
r[s++]=n[t>>2],r[s++]=n[(3&t)<<4|i>>4],r[s++]=n[(15&i)<<2],r[s++]=61}else if(1===o){const t=e[a]
r[s++]=n[t>>2],r[s++]=n[(3&t)<<4],r[s++]=61,r[s++]=61}r[s++]=ve,this.i=s}writeValue(e,t,r){if(null==t){if(r?.isStructSchema()){if(void 0===t){if(k.of(e).isIdempotencyToken())return void this.writeAsciiQuoted(m())}return}return this.ensure(4),this.json.set(Te,this.i),void(this.i+=4)}const n=k.of(e),s="object"==typeof t
if(n.isStringSchema()){const e=n.getMergedTraits().mediaType
if(e){if("application/json"===e||e.endsWith("+json"))return void this.writeJsonString(d.from(t).toString())}}if(this.settings.bigNumberAsString&&null!=t&&(n.isBigIntegerSchema()||n.isBigDecimalSchema())){const e=t instanceof c?t.string:String(t)
return void this.writeAsciiQuoted(e)}if(s){if(n.isStructSchema())return void this.writeStruct(n,t)
if(Array.isArray(t)&&(n.isListSchema()||n.isDocumentSchema()))return void this.writeList(n,t,n.isDocumentSchema())
if(n.isMapSchema())return void this.writeMap(n,t,!1)
if(t instanceof Uint8Array&&(n.isBlobSchema()||n.isDocumentSchema()))return void this.writeBase64(t)
if(t instanceof Date&&(n.isTimestampSchema()||n.isDocumentSchema()))return void this.writeTimestamp(n,t)
if(t instanceof c)return void this.writeAscii(t.string)
if(n.isDocumentSchema())return void(Array.isArray(t)?this.writeList(n,t,!0):this.writeMap(n,t,!0))
const e=JSON.stringify(t)
return void this.writeAscii(e)}if("string"!=typeof t){if("number"==typeof t){if(Math.abs(t)===1/0||Number.isNaN(t))return void this.writeAsciiQuoted(String(t))
const e=String(t)
return void this.writeAscii(e)}if("boolean"==typeof t){this.ensure(5)
let{i:e,json:r}=this
return t?(r.set(Ce,e),e+=4):(r.set(Ae,e),e+=5),void(this.i=e)}"bigint"!=typeof t?this.writeAscii(String(t)):this.writeAscii(t.toString())}else{if(n.isBlobSchema()){const e=(this.serdeContext?.base64Encoder??y)(t)
return void this.writeAsciiQuoted(e)}this.writeJsonString(t)}}writeStruct(e,t){this.ensure(2),this.json[this.i++]=123
let r=!1
const n="string"==typeof t.__type
let s
n&&(s=new Set)
for(const[n,i]of e.structIterator()){const o=t[n]
if(null==o&&!i.isIdempotencyToken())continue
r&&(this.ensure(1),this.json[this.i++]=44),r=!0
const a=this.settings.jsonName?i.getMergedTraits().jsonName??n:n
s&&(s.add(n),s.add(a)),this.writeAsciiQuoted(a),this.json[this.i++]=58,this.writeValue(i,o,e)}if(!r&&e.isUnionSchema()){const{$unknown:r}=t
if(Array.isArray(r)){const[t,n]=r
this.writeAsciiQuoted(t),this.ensure(1),this.json[this.i++]=58,this.writeValue(15,n,e)}}else if(n)for(const e in t){if(s.has(e))continue
s.add(e)
const n=t[e]
r&&(this.ensure(1),this.json[this.i++]=44),r=!0,this.writeAsciiQuoted(e),this.ensure(1),this.json[this.i++]=58,this.writeValue(15,n,void 0)}this.ensure(1),this.json[this.i++]=125}writeList(e,t,r){const n=!!e.getMergedTraits().sparse,s=e.getValueSchema()
if(!r&&(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let e,r=!1
for(let e=0;e<t.length;++e){const s=t[e]
if(Number.isNaN(s)||s===1/0||s===-1/0||null==s&&!n){r=!0
break}}if(r){const r=[]
for(let e=0;e<t.length;++e){const s=t[e];(null!=s||n)&&(Number.isNaN(s)||s===1/0||s===-1/0?r.push(String(s)):r.push(s))}e=JSON.stringify(r)}else e=JSON.stringify(t)
return this.ensure(3*e.length),void(this.i+=Ee.encodeInto(e,this.json.subarray(this.i)).written)}this.ensure(2),this.json[this.i++]=91
let i=!1
for(let e=0;e<t.length;++e){const o=t[e];(r?void 0!==o:null!=o||n)&&(i&&(this.ensure(1),this.json[this.i++]=44),this.writeValue(s,o,void 0),i=!0)}this.ensure(1),this.json[this.i++]=93}writeMap(e,t,r){const n=!!e.getMergedTraits().sparse,s=e.getValueSchema()
if(!r&&(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let e
for(const r in t){if(!T(t,r))continue
const s=t[r]
Number.isNaN(s)||s===1/0||s===-1/0?((e??={})[r]=s,t[r]=String(s)):null!==s||n||((e??={})[r]=null,t[r]=void 0)}const r=JSON.stringify(t)
return e&&Object.assign(t,e),this.ensure(3*r.length),void(this.i+=Ee.encodeInto(r,this.json.subarray(this.i)).written)}this.ensure(2),this.json[this.i++]=123
let i=!0
for(const e in t){if(!T(t,e))continue
const o=t[e];(r?void 0!==o:null!=o||n)&&(i||(this.ensure(1),this.json[this.i++]=44),i=!1,this.writeJsonString(e),this.ensure(1),this.json[this.i++]=58,this.writeValue(s,o,void 0))}this.ensure(1),this.json[this.i++]=125}writeTimestamp(e,t){switch(X(e,this.settings)){case 5:{const e=t.toISOString().replace(".000Z","Z")
return void this.writeAsciiQuoted(e)}case 6:return void this.writeAsciiQuoted(w(t))
case 7:{const e=String(t.getTime()/1e3)
return void this.writeAscii(e)}default:{const e=String(t.getTime()/1e3)
return void this.writeAscii(e)}}}}class Re extends se{settings
constructor(e){super(),this.settings=e}createSerializer(){const e=new _e(this.settings)
return e.setSerdeContext(this.serdeContext),e}createDeserializer(){const e=new we(this.settings)
return e.setSerdeContext(this.serdeContext),e}}class ke extends se{settings
constructor(e){super(),this.settings=e}async read(e,t){const r=de(e)?ce:void 0
return this._read(e,"string"==typeof t?JSON.parse(t,r):await fe(t,this.serdeContext,e))}readObject(e,t){return this._read(e,t)}_read(e,t){const r=null!==t&&"object"==typeof t,n=k.of(e)
if(r){if(n.isStructSchema()){const e=t,r=n.isUnionSchema(),s={}
let i
const{jsonName:o}=this.settings
let a
o&&(i={}),r&&(a=new ie(e,s))
for(const[t,c]of n.structIterator()){let n=t
o&&(n=c.getMergedTraits().jsonName??n,i[n]=t),r&&a.mark(n),null!=e[n]&&(s[t]=this._read(c,e[n]))}if(r)a.writeUnknown()
else if("string"==typeof e.__type)for(const t in e){if(!T(e,t))continue
const r=e[t],n=o?i[t]??t:t
n in s||(s[n]=r)}return s}if(Array.isArray(t)&&n.isListSchema()){const e=n.getValueSchema(),r=[]
for(const n of t)r.push(this._read(e,n))
return r}if(n.isMapSchema()){const e=n.getValueSchema(),r={}
for(const n in t)T(t,n)&&("__proto__"===n&&s(r),r[n]=this._read(e,t[n]))
return r}}if(n.isBlobSchema()&&"string"==typeof t)return l(t)
const i=n.getMergedTraits().mediaType
if(n.isStringSchema()&&"string"==typeof t&&i){return"application/json"===i||i.endsWith("+json")?d.from(t):t}if(n.isTimestampSchema()&&null!=t){switch(X(n,this.settings)){case 5:return v(t)
case 6:return E(t)
case 7:return b(t)
default:return console.warn("Missing timestamp format, parsing value with Date constructor:",t),new Date(t)}}if(n.isBigIntegerSchema()&&("number"==typeof t||"string"==typeof t))return BigInt(t)
if(n.isBigDecimalSchema()&&null!=t){if(t instanceof c)return t
const e=t
return"bigDecimal"===e.type&&"string"in e?new c(e.string,e.type):new c(String(t),"bigDecimal")}if(n.isNumericSchema()&&"string"==typeof t){switch(t){case"Infinity":return 1/0
case"-Infinity":return-1/0
case"NaN":return NaN}return t}if(n.isDocumentSchema()){if(r){const e=Array.isArray(t)?[]:{}
for(const r in t){if(!T(t,r))continue
"__proto__"===r&&s(e)
const i=t[r]
e[r]=i instanceof c?i:this._read(n,i)}return e}return structuredClone(t)}return t}}const Oe=String.fromCharCode(925)
class Pe{values=new Map
counter=0
stage=0
createReplacer(){if(1===this.stage)throw new Error("@aws-sdk/core/protocols - JsonReplacer already created.")
if(2===this.stage)throw new Error("@aws-sdk/core/protocols - JsonReplacer exhausted.")
return this.stage=1,(e,t)=>{if(t instanceof c){const e=Oe+"nv"+this.counter+++"_"+t.string
return this.values.set(`"${e}"`,t.string),e}if("bigint"==typeof t){const e=t.toString(),r=Oe+"b"+this.counter+++"_"+e
return this.values.set(`"${r}"`,e),r}return t}}replaceInJson(e){if(0===this.stage)throw new Error("@aws-sdk/core/protocols - JsonReplacer not created yet.")
if(2===this.stage)throw new Error("@aws-sdk/core/protocols - JsonReplacer exhausted.")
if(this.stage=2,0===this.counter)return e
for(const[t,r]of this.values)e=e.replace(t,r)
return e}}class Ne extends se{settings
buffer
useReplacer=!1
rootSchema
constructor(e){super(),this.settings=e}write(e,t){this.rootSchema=k.of(e),this.buffer=this._write(this.rootSchema,t)}flush(){const{rootSchema:e,useReplacer:t}=this
if(this.rootSchema=void 0,this.useReplacer=!1,e?.isStructSchema()||e?.isDocumentSchema()){if(!t)return JSON.stringify(this.buffer)
const e=new Pe
return e.replaceInJson(JSON.stringify(this.buffer,e.createReplacer(),0))}return this.buffer}writeDiscriminatedDocument(e,t){this.write(e,t),"object"==typeof this.buffer&&(this.buffer.__type=k.of(e).getName(!0))}_write(e,t,r){const n=null!==t&&"object"==typeof t,i=k.of(e)
if(n){if(i.isStructSchema()){const e=t,r={},{jsonName:n}=this.settings
let o
n&&(o={})
let a=0
for(const[t,s]of i.structIterator()){const c=this._write(s,e[t],i)
if(void 0!==c){let e=t
n&&(e=s.getMergedTraits().jsonName??t,o[t]=e),r[e]=c,a++}}if(i.isUnionSchema()&&0===a){const{$unknown:t}=e
if(Array.isArray(t)){const[e,n]=t
"__proto__"===e&&s(r),r[e]=this._write(15,n)}}else if("string"==typeof e.__type)for(const t in e){if(!T(e,t))continue
const s=e[t],i=n?o[t]??t:t
i in r||(r[i]=this._write(15,s))}return r}if(Array.isArray(t)&&i.isListSchema()){const e=i.getValueSchema(),r=[],n=!!i.getMergedTraits().sparse
for(const s of t)(n||null!=s)&&r.push(this._write(e,s))
return r}if(i.isMapSchema()){const e=i.getValueSchema(),r={},n=!!i.getMergedTraits().sparse
for(const i in t){if(!T(t,i))continue
const o=t[i];(n||null!=o)&&("__proto__"===i&&s(r),r[i]=this._write(e,o))}return r}if(t instanceof Uint8Array&&i.isBlobSchema())return i===this.rootSchema?t:(this.serdeContext?.base64Encoder??y)(t)
if(t instanceof Date&&(i.isTimestampSchema()||i.isDocumentSchema())){switch(X(i,this.settings)){case 5:return t.toISOString().replace(".000Z","Z")
case 6:return w(t)
case 7:return t.getTime()/1e3
default:return console.warn("Missing timestamp format, using epoch seconds",t),t.getTime()/1e3}}t instanceof c&&(this.useReplacer=!0)}if(null!==t||!r?.isStructSchema()){if(i.isStringSchema()){if(void 0===t&&i.isIdempotencyToken())return m()
const e=i.getMergedTraits().mediaType
if(null!=t&&e){if("application/json"===e||e.endsWith("+json"))return d.from(t)}return t}if("number"==typeof t)return Math.abs(t)===1/0||isNaN(t)?String(t):t
if("string"==typeof t&&i.isBlobSchema())return i===this.rootSchema?t:(this.serdeContext?.base64Encoder??y)(t)
if("bigint"==typeof t&&(this.useReplacer=!0),i.isDocumentSchema()){if(n){if(t instanceof Uint8Array)return(this.serdeContext?.base64Encoder??y)(t)
const e=Array.isArray(t)?[]:{}
for(const r in t){if(!T(t,r))continue
const n=t[r]
"__proto__"===r&&s(e),n instanceof c?(this.useReplacer=!0,e[r]=n):e[r]=this._write(i,n)}return e}return structuredClone(t)}return t}}}t.AbstractRpcV2Protocol=G,t.Field=class{name
kind
values
constructor({name:e,kind:t=D.HEADER,values:r=[]}){this.name=e,this.kind=t,this.values=r}add(e){this.values.push(e)}set(e){this.values=e}remove(e){this.values=this.values.filter(t=>t!==e)}toString(){return this.values.map(e=>e.includes(",")||e.includes(" ")?`"${e}"`:e).join(", ")}get(){return this.values}},t.Fields=class{entries={}
encoding
constructor({fields:e=[],encoding:t="utf-8"}){e.forEach(this.setField.bind(this)),this.encoding=t}setField(e){this.entries[e.name.toLowerCase()]=e}getField(e){return this.entries[e.toLowerCase()]}removeField(e){delete this.entries[e.toLowerCase()]}getByType(e){return Object.values(this.entries).filter(t=>t.kind===e)}},t.FromStringShapeDeserializer=Q,t.HttpBindingProtocol=class extends q{async serializeRequest(e,t,r){const n=t&&"object"==typeof t?t:{},s={},i=await r.endpoint(),o=F.of(e?.input),a=o.getHttpBindings().request,c=H(e),u=new C({query:s,headers:{}})
if(i){this.updateServiceEndpoint(u,i),this.setHostPrefix(u,e,n,c)
const[t,r,o]=c
if(t){u.method=t,u.path="/"===u.path?r:u.path+r
for(const[e,t]of o)s[e]=t}}u.query=s
const l=this.serializeHttpBindings(n,u,a,c)
return l&&(u.body=await this.serializeEventStream({eventStream:l,requestSchema:o})),u}serializeHttpBindings(e,t,r,n){const s=this.serializer,i="function"==typeof s.writeCodec?s:void 0,o=t.query,a=t.headers,c=r.syntheticBodySchema
let u,l,d,h=!1
const f=Object.getOwnPropertyNames(e),p=Object.getPrototypeOf(e),g=(p===Object.prototype||null===p)&&!r.hasIdempotency&&!r.hasPrefixHeaders&&2*f.length<r.memberBindings.length,m=g?f.length:r.memberBindings.length
for(let t=0;t<m;++t){const n=g?T(r.byName,f[t])?r.byName[f[t]]:void 0:r.memberBindings[t]
if(!n)continue
const c=n[1],p=n[0],m=c[0],y=c[1],w=c[2],S=n[2],b=n[3],E=e[p]
if(null!=E||y>>10&1)if(36===S){const e=y>>11&3
e?2===e?l=E||void 0:u=E:(i?i.writeCodec(m,E):s.write(m,E),u=s.flush())}else if(33===S||38===S){const e=this.serializeHttpValue(c,E,S,i)
33===S?(d??=Object.create(null))[p]=e:a[b]=e}else if(39===S)for(const e in E){if(!T(E,e))continue
const t=b+e
a[t.toLowerCase()]=this.serializeHttpValue(w,E[e],38,i,i?w[0]:[w[0],{httpHeader:t}])}else 34==(62&S)?this.serializeQuery(c,E,b,o,i):h=!0}const y=n[1],w=n[3]
return y&&w&&t.path.endsWith(y)&&(t.path=t.path.slice(0,-y.length)+this.serializePath(w,d,r)),h&&c&&(i?i.writeCodec(c,e):s.write(c,e),u=s.flush()),t.body=u,l}serializeQuery(e,t,r,n,s){const[i,o,a]=e,c=s?void 0:i.getMergedTraits()
if(void 0!==r)if(64==(192&o)){const e=[]
for(const r of t){const t=this.serializeHttpValue(a,r,34,s,s?a[0]:[a[0],c]);(o>>13&1||void 0!==t)&&e.push(t)}n[r]=e}else n[r]=this.serializeHttpValue(e,t,34,s,s?i:[i,c])
else for(const e in t)T(t,e)&&!(e in n)&&(s||Object.assign(a[0].getMergedTraits(),{...c,httpQuery:e,httpQueryParams:void 0}),this.serializeQuery(a,t[e],e,n,s))}serializeHttpValue(e,t,r,n,s=e[0]){const i=e[1],o=255&i
return!n||1792&i||!(o<=2||17===o||19===o)?(n?n.writeHttpBinding(e,t,r):this.serializer.write(s,t),this.serializer.flush()):String(t)}serializePath(e,t,r){let n=""
for(const[s,i]of e){if(0===i){n+=s
continue}const e=t?.[s]
if(void 0===e){if(T(r.byName,s)&&33===r.byName[s][2])throw new Error(`No value provided for input HTTP label: ${s}.`)
n+=`{${s}${2===i?"+":""}}`}else n+=2===i?e.split("/").map($).join("/"):$(e)}return n}async deserializeResponse(e,t,r){const n=this.deserializer,s="function"==typeof n.readCodec?n:void 0,i=F.of(e.output),o=i.getHttpBindings().response,a={}
if(r.statusCode>=300){const s=await M(r.body,t)
throw s.byteLength>0&&Object.assign(a,await n.read(15,s)),await this.handleError(e,t,r,a,this.deserializeMetadata(r)),new Error("@smithy/core/protocols - HTTP Protocol error handler failed to throw.")}const c=await this.deserializeHttpMessage(i,t,r,a)
if(c.length){const e=await M(r.body,t)
if(e.byteLength>0){const t=await(s?s.readCodec(o.syntheticBodySchema,e):n.read(o.syntheticBodySchema,e))
for(const e of c)null!=t[e]&&(a[e]=t[e])}}else o.bindings.payload||await M(r.body,t)
return a.$metadata=this.deserializeMetadata(r),a}async deserializeHttpMessage(e,t,r,n,s){const c=n instanceof Set?s:n,u=this.deserializer,l="function"==typeof u.readCodec?u:void 0,d=F.of(e),{bodyMemberNames:h,bindings:{payload:f,statusCode:p,headers:g,prefixHeaders:m}}=d.getHttpBindings().response,y=r.headers
if(f){const[e,n]=f,[s,o]=n,a=o>>11&3
if(a)c[e]=2===a?await this.deserializeEventStream({response:r,responseSchema:d}):i(r.body)
else if(r.body){const i=await M(r.body,t)
i.byteLength>0&&(c[e]=await(l?l.readPayload(n,i):u.read(s,i)))}}for(const e in y){if(!T(y,e))continue
const t=e.toLowerCase(),r=y[e]
t!==e&&(delete y[e],y[t]=r)
const n=T(g,t)?g[t]:void 0
if(!n)continue
const[s,[i,d,h],,f]=n
if(h){const e=d>>16&1?o(r,",",2):a(r),t=[]
for(const r of e)t.push(l?l.readHttpBinding(h,r.trim(),38):await u.read([h[0],{httpHeader:f}],r.trim()))
c[s]=t}else c[s]=l?l.readHttpBinding(n[1],r,38):await u.read(i,r)}for(const[e,[,,t],,r]of m){c[e]={}
for(const n in y){if(!T(y,n))continue
if(!n.startsWith(r))continue
const s=y[n]
c[e][n.slice(r.length)]=l?l.readHttpBinding(t,s,38):await u.read([t[0],{httpHeader:n}],s)}}return p&&(c[p[0]]=r.statusCode),h}},t.HttpInterceptingShapeDeserializer=class extends V{codecDeserializer
stringDeserializer
constructor(e,t){super(),this.codecDeserializer=e,this.stringDeserializer=new Q(t)}setSerdeContext(e){this.stringDeserializer.setSerdeContext(e),this.codecDeserializer.setSerdeContext(e),this.serdeContext=e}read(e,t){const r=F.of(e),n=r.getMergedTraits()
if(n.httpHeader||n.httpResponseCode){const e=r.getHttpBindingValue(38,n)
return this.readHttpBinding(e,t,38)}return n.httpPayload?this.readPayload(r.getHttpBindingValue(36,n),t):this.readCodec(r,t)}readHttpBinding(e,t,r){const n="string"==typeof t?t:(this.serdeContext?.utf8Encoder??u)(t)
return this.stringDeserializer.readHttpBinding(e,n,r)}readPayload([e,t],r){const n=255&t
return 21===n||42===n?"string"==typeof r?(this.serdeContext?.utf8Decoder??g)(r):r:0===n?"string"==typeof r?r:(this.serdeContext?.utf8Encoder??u)(r):this.readCodec(e,r)}readCodec(e,t){return this.codecDeserializer.read(e,t)}},t.HttpInterceptingShapeSerializer=class{codecSerializer
stringSerializer
buffer
constructor(e,t,r=new Y(t)){this.codecSerializer=e,this.stringSerializer=r}setSerdeContext(e){this.codecSerializer.setSerdeContext(e),this.stringSerializer.setSerdeContext(e)}write(e,t){const r=F.of(e),n=r.getMergedTraits()
if(n.httpHeader||n.httpLabel||n.httpQuery){const e=r.getHttpBindingLocation(n)
return void this.writeHttpBinding(r.getHttpBindingValue(e,n),t,e)}this.writeCodec(r,t)}writeHttpBinding(e,t,r){this.stringSerializer.writeHttpBinding(e,t,r),this.buffer=this.stringSerializer.flush()}writeCodec(e,t){this.codecSerializer.write(e,t)}flush(){if(void 0!==this.buffer){const e=this.buffer
return this.buffer=void 0,e}return this.codecSerializer.flush()}},t.HttpProtocol=q,t.JsonCodec=class extends se{settings
constructor(e){super(),this.settings=e}createSerializer(){const e=new Ne(this.settings)
return e.setSerdeContext(this.serdeContext),e}createDeserializer(){const e=new ke(this.settings)
return e.setSerdeContext(this.serdeContext),e}},t.JsonCodec2=Re,t.JsonShapeDeserializer=ke,t.JsonShapeDeserializer2=we,t.JsonShapeSerializer=Ne,t.JsonShapeSerializer2=_e,t.RequestBuilder=J,t.RpcProtocol=W,t.SerdeContext=V,t.SmithyRpcV2JsonProtocol=class extends G{codec=new Re({timestampFormat:{useTrait:!1,default:7},jsonName:!1,bigNumberAsString:!0})
serializer=this.codec.createSerializer()
deserializer=this.codec.createDeserializer()
getShapeId(){return"smithy.protocols#rpcv2Json"}getPayloadCodec(){return this.codec}getSmithyProtocolHeaderValue(){return"rpc-v2-json"}applyEmptyBody(e){e.body||(e.body="{}")}async handleError(e,t,r,n,s){const i=me(0,n)??"Unknown",o={$metadata:s,$fault:r.statusCode<=500?"client":"server"}
let a=this.options.defaultNamespace
i.includes("#")&&([a]=i.split("#"))
const c=this.compositeErrorRegistry,u=P.for(a)
let l
c.copyFrom(u)
try{l=c.getSchema(i)}catch(e){n.Message&&(n.message=n.Message)
const t=P.for("smithy.ts.sdk.synthetic."+a)
c.copyFrom(t)
const r=c.getBaseException()
if(r){const e=c.getErrorCtor(r)
throw Object.assign(new e({name:i}),o,n)}throw Object.assign(new Error(i),o,n)}const d=k.of(l),h=c.getErrorCtor(l),f=n.message??n.Message??"Unknown",p=new h({}),g={},m=this.codec.createDeserializer()
for(const[e,t]of d.structIterator())null!=n[e]&&(g[e]=m.readObject(t,n[e]))
throw Object.assign(p,o,{$fault:d.getMergedTraits().error,message:f},g)}getDefaultContentType(){return"application/json"}},t.ToStringShapeSerializer=Y,t.buildQueryString=function(e){const t=[]
for(let r of Object.keys(e).sort()){const n=e[r]
if(r=re(r),Array.isArray(n))for(let e=0,s=n.length;e<s;e++)t.push(`${r}=${re(n[e])}`)
else{let e=r;(n||"string"==typeof n)&&(e+=`=${re(n)}`),t.push(e)}}return t.join("&")},t.collectBody=M,t.contentLengthMiddleware=ee,t.contentLengthMiddlewareOptions=te,t.determineTimestampFormat=X,t.escapeUri=re,t.escapeUriPath=e=>e.split("/").map(re).join("/"),t.extendedEncodeURIComponent=$,t.getContentLengthPlugin=e=>({applyToStack:t=>{t.add(ee(e.bodyLengthChecker),te)}}),t.getHttpHandlerExtensionConfiguration=e=>(e.logger&&"NoOpLogger"!==e.logger.constructor?.name&&e.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"),e.logger),e.defaultSocketTimeout&&e.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"),e.defaultSocketTimeout),{setHttpHandler(t){e.requestHandler=t},httpHandler:()=>e.requestHandler,updateHttpClientConfig(t,r){e.requestHandler?.updateHttpClientConfig(t,r)},httpHandlerConfigs:()=>e.requestHandler.httpHandlerConfigs()}),t.loadJsonRpcErrorCode=(e,t,r=!1)=>ye(e,t,r?["code","header","type"]:["type","code","header"]),t.loadRestJsonErrorCode=(e,t)=>ye(e,t,["header","code","type"]),t.loadSmithyRpcV2JsonErrorCode=me,t.parseJsonBody=fe,t.parseJsonErrorBody=async(e,t)=>{const r=await fe(e,t)
return r.message=r.message??r.Message,r},t.requestBuilder=function(e,t){return new J(e,t)},t.resolveHttpHandlerRuntimeConfig=e=>({requestHandler:e.httpHandler()}),t.resolvedPath=K},8367:(e,t,r)=>{const{Readable:n}=r(7075),{NoOpLogger:s,normalizeProvider:i}=r(8468),{HttpResponse:o,HttpRequest:a}=r(284),{parseRfc7231DateTime:c,v4:u}=r(1892),{SMITHY_CONTEXT_KEY:l}=r(5192),{hasOwn:d}=r(9928),h=e=>e?.body instanceof n||"undefined"!=typeof ReadableStream&&e?.body instanceof ReadableStream,f=["AccessDeniedException","AuthFailure","InvalidSignatureException","RequestExpired","RequestInTheFuture","RequestTimeTooSkewed","SignatureDoesNotMatch"],p=["BandwidthLimitExceeded","EC2ThrottledException","LimitExceededException","PriorRequestNotComplete","ProvisionedThroughputExceededException","RequestLimitExceeded","RequestThrottled","RequestThrottledException","SlowDown","ThrottledException","Throttling","ThrottlingException","TooManyRequestsException","TransactionInProgressException"],g=["TimeoutError","RequestTimeout","RequestTimeoutException"],m=[500,502,503,504],y=["ECONNRESET","ECONNREFUSED","EPIPE","ETIMEDOUT"],w=["EHOSTUNREACH","ENETUNREACH","ENOTFOUND","EAI_AGAIN"],S=e=>void 0!==e?.$retryable,b=e=>f.includes(e.name),E=e=>e.$metadata?.clockSkewCorrected,v=e=>{const t=new Set(["Failed to fetch","NetworkError when attempting to fetch resource","The Internet connection appears to be offline","Load failed","Network request failed"])
return!!(e&&e instanceof TypeError)&&t.has(e.message)},C=e=>429===e.$metadata?.httpStatusCode||p.includes(e.name)||1==e.$retryable?.throttling,A=(e,t=0)=>"AbortError"!==e?.name&&(S(e)||E(e)||"InvalidSignatureException"===e.name&&e.message?.includes("Signature expired")||g.includes(e.name)||y.includes(e?.code||"")||w.includes(e?.code||"")||m.includes(e.$metadata?.httpStatusCode||0)||v(e)||x(e)||void 0!==e.cause&&t<=10&&A(e.cause,t+1)),T=e=>{if(void 0!==e.$metadata?.httpStatusCode){const t=e.$metadata.httpStatusCode
return 500<=t&&t<=599&&!A(e)}return!1}
function x(e){return"ERR_HTTP2_STREAM_ERROR"===e.code&&e.message.includes("NGHTTP2_REFUSED_STREAM")}const I=(e,t)=>{if(!t)return e
let r=()=>{}
const n=new Promise((e,n)=>{const s=()=>n(_(t))
t.aborted?s():"function"==typeof t.addEventListener?(t.addEventListener("abort",s,{once:!0}),r=()=>t.removeEventListener("abort",s)):t.onabort=s})
return Promise.race([e,n]).finally(r)},_=e=>{const t=e.reason
return t instanceof Error?Object.assign(new Error("Request aborted"),{name:"AbortError",cause:t}):Object.assign(new Error(t?String(t):"Request aborted"),{name:"AbortError"})},R=e=>"object"==typeof e&&null!==e&&"name"in e&&"AbortError"===e.name,k=2e4,O=500,P="amz-sdk-invocation-id",N="amz-sdk-request"
function D(e,t){if(o.isInstance(e))for(const r in e.headers){if(!d(e.headers,r))continue
const n=r.toLowerCase()
if("retry-after"===n){const n=e.headers[r]
let s=NaN
if(n.endsWith("GMT"))try{s=(c(n).getTime()-Date.now())/1e3}catch(e){t?.trace?.("Failed to parse retry-after header"),t?.trace?.(e)}else n.match(/ GMT, ((\d+)|(\d+\.\d+))$/)?s=Number(n.match(/ GMT, ([\d.]+)$/)?.[1]):n.match(/^((\d+)|(\d+\.\d+))$/)?s=Number(n):Date.parse(n)>=Date.now()&&(s=(Date.parse(n)-Date.now())/1e3)
if(isNaN(s))return
return new Date(Date.now()+1e3*s)}if("x-amz-retry-after"===n){const n=e.headers[r],s=Number(n)
return isNaN(s)?void t?.trace?.(`Failed to parse x-amz-retry-after=${n}`):new Date(Date.now()+s)}}}const M=e=>e instanceof Error?e:e instanceof Object?Object.assign(new Error,e):"string"==typeof e?new Error(e):new Error(`AWS SDK error wrapper for ${e}`)
function $(e){return t=>(r,n)=>async i=>{let o=await t.retryStrategy()
const c=await t.maxAttempts(),d=n[l]?.abortSignal
if(!U(o))return o?.mode&&(n.userAgent=[...n.userAgent||[],["cfg/retry-mode",o.mode]]),o.retry(r,i)
{const l=(n.partition_id??"")+(n.__retryLongPoll?":longpoll":"")
let h=await I(o.acquireInitialRetryToken(l),d),f=new Error,p=0,g=0
const{request:m}=i,y=a.isInstance(m)
for(y&&(m.headers[P]=u());;)try{y&&(m.headers[N]=`attempt=${p+1}; max=${c}`)
const{response:e,output:t}=await r(i)
return o.recordSuccess(h),t.$metadata.attempts=p+1,t.$metadata.totalRetryDelay=g,{response:e,output:t}}catch(r){const i=F(r,t.logger)
if(f=M(r),y&&e(m))throw(n.logger instanceof s?console:n.logger)?.warn("An error was encountered in a non-retryable streaming request."),f
try{if(d?.aborted)throw f
h=await I(o.refreshRetryTokenForRetry(h,i),d)}catch(e){if(e!==f&&d?.aborted&&R(e))throw e
throw f.$metadata||(f.$metadata={}),f.$metadata.attempts=p+1,f.$metadata.totalRetryDelay=g,f}p=h.getRetryCount()
const a=h.getRetryDelay()
g+=(h?.$retryLog?.acquisitionDelay??0)+a,a>0&&await I(new Promise(e=>setTimeout(e,a)),d)}}}}const U=e=>void 0!==e.acquireInitialRetryToken&&void 0!==e.refreshRetryTokenForRetry&&void 0!==e.recordSuccess,F=(e,t)=>{const r={error:e,errorType:L(e)},n=D(e.$response,t)
return n&&(r.retryAfterHint=n),r},L=e=>C(e)?"THROTTLING":A(e)?"TRANSIENT":T(e)?"SERVER_ERROR":"CLIENT_ERROR",B={name:"retryMiddleware",tags:["RETRY"],step:"finalizeRequest",priority:"high",override:!0}
class z{static setTimeoutFn=(e,t)=>setTimeout(e,t)
beta
minCapacity
minFillRate
scaleConstant
smooth
enabled=!1
availableTokens=0
lastMaxRate=0
measuredTxRate=0
requestCount=0
fillRate
lastThrottleTime
lastTimestamp=0
lastTxRateBucket
maxCapacity
timeWindow=0
constructor(e){this.beta=e?.beta??.7,this.minCapacity=e?.minCapacity??1,this.minFillRate=e?.minFillRate??.5,this.scaleConstant=e?.scaleConstant??.4,this.smooth=e?.smooth??.8,this.lastThrottleTime=this.getCurrentTimeInSeconds(),this.lastTxRateBucket=Math.floor(this.getCurrentTimeInSeconds()),this.fillRate=this.minFillRate,this.maxCapacity=this.minCapacity}async getSendToken(){return this.acquireTokenBucket(1)}updateClientSendingRate(e){let t
this.updateMeasuredRate()
const r=e
if("THROTTLING"===r?.errorType||C(r?.error??e)){const e=this.enabled?Math.min(this.measuredTxRate,this.fillRate):this.measuredTxRate
this.lastMaxRate=e,this.calculateTimeWindow(),this.lastThrottleTime=this.getCurrentTimeInSeconds(),t=this.cubicThrottle(e),this.enableTokenBucket()}else this.calculateTimeWindow(),t=this.cubicSuccess(this.getCurrentTimeInSeconds())
const n=Math.min(t,2*this.measuredTxRate)
this.updateTokenBucketRate(n)}getCurrentTimeInSeconds(){return Date.now()/1e3}async acquireTokenBucket(e){if(this.enabled){for(this.refillTokenBucket();e>this.availableTokens;){const t=(e-this.availableTokens)/this.fillRate*1e3
await new Promise(e=>z.setTimeoutFn(e,t)),this.refillTokenBucket()}this.availableTokens=this.availableTokens-e}}refillTokenBucket(){const e=this.getCurrentTimeInSeconds()
if(!this.lastTimestamp)return void(this.lastTimestamp=e)
const t=(e-this.lastTimestamp)*this.fillRate
this.availableTokens=Math.min(this.maxCapacity,this.availableTokens+t),this.lastTimestamp=e}calculateTimeWindow(){this.timeWindow=this.getPrecise(Math.pow(this.lastMaxRate*(1-this.beta)/this.scaleConstant,1/3))}cubicThrottle(e){return this.getPrecise(e*this.beta)}cubicSuccess(e){return this.getPrecise(this.scaleConstant*Math.pow(e-this.lastThrottleTime-this.timeWindow,3)+this.lastMaxRate)}enableTokenBucket(){this.enabled=!0}updateTokenBucketRate(e){this.refillTokenBucket(),this.fillRate=Math.max(e,this.minFillRate),this.maxCapacity=Math.max(e,this.minCapacity),this.availableTokens=Math.min(this.availableTokens,this.maxCapacity)}updateMeasuredRate(){const e=this.getCurrentTimeInSeconds(),t=Math.floor(2*e)/2
if(this.requestCount++,t>this.lastTxRateBucket){const e=this.requestCount/(t-this.lastTxRateBucket)
this.measuredTxRate=this.getPrecise(e*this.smooth+this.measuredTxRate*(1-this.smooth)),this.requestCount=0,this.lastTxRateBucket=t}}getPrecise(e){return parseFloat(e.toFixed(8))}}class H{static v2026=!0
static delay(){return 50}static throttlingDelay(){return 1e3}static cost(){return 14}static throttlingCost(){return 5}static modifiedCostType(){return"THROTTLING"}}class j{x=H.delay()
computeNextBackoffDelay(e){const t=Math.random()*Math.min(this.x*2**e,k)
return Math.floor(t)}setDelayBase(e){this.x=e}}class V{delay
count
cost
longPoll
$retryLog={acquisitionDelay:0}
constructor(e,t,r,n){this.delay=e,this.count=t,this.cost=r,this.longPoll=n}getRetryCount(){return this.count}getRetryDelay(){return Math.min(k,this.delay)}getRetryCost(){return this.cost}isLongPoll(){return this.longPoll}}var q
!function(e){e.STANDARD="standard",e.ADAPTIVE="adaptive"}(q||(q={}))
const W=3,G=q.STANDARD,K=1,J=2,Q=3
let Y=class{mode=q.STANDARD
retryBackoffStrategy
capacity=O
maxAttemptsProvider
baseDelay
constructor(e){"number"==typeof e?this.maxAttemptsProvider=async()=>e:"function"==typeof e?this.maxAttemptsProvider=e:e&&"object"==typeof e&&(this.maxAttemptsProvider=async()=>e.maxAttempts,this.baseDelay=e.baseDelay,this.retryBackoffStrategy=e.backoff),this.maxAttemptsProvider??=async()=>W,this.baseDelay??=H.delay(),this.retryBackoffStrategy??=new j}async acquireInitialRetryToken(e){return new V(H.delay(),0,void 0,e.includes(":longpoll"))}async refreshRetryTokenForRetry(e,t){const r=await this.getMaxAttempts(),n=this.retryCode(e,t,r),s=0===n,i=e.isLongPoll?.()
if(s||i){const r=t.errorType
this.retryBackoffStrategy.setDelayBase("THROTTLING"===r?H.throttlingDelay():this.baseDelay)
const o=this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount())
let a=o
if(t.retryAfterHint instanceof Date&&(a=Math.max(o,Math.min(t.retryAfterHint.getTime()-Date.now(),o+5e3))),s){const t=this.getCapacityCost(r)
this.capacity-=t
const n=new V(0,e.getRetryCount()+1,t,e.isLongPoll?.()??!1)
return await new Promise(e=>setTimeout(e,a)),n.$retryLog.acquisitionDelay=a,n}{const e=n===Q&&i?a:0
e>0&&await new Promise(t=>setTimeout(t,e))}}throw new Error("No retry token available")}recordSuccess(e){this.capacity=Math.min(O,this.capacity+(e.getRetryCost()??1))}getCapacity(){return this.capacity}async maxAttempts(){return this.maxAttemptsProvider()}async getMaxAttempts(){try{return await this.maxAttemptsProvider()}catch(e){return console.warn(`Max attempts provider could not resolve. Using default of ${W}`),W}}retryCode(e,t,r){const n=e.getRetryCount()+1,s=this.isRetryableError(t.errorType)?0:K,i=n<r?0:J,o=this.capacity>=this.getCapacityCost(t.errorType)?0:Q
return s||i||o}getCapacityCost(e){return e===H.modifiedCostType()?H.throttlingCost():H.cost()}isRetryableError(e){return"THROTTLING"===e||"TRANSIENT"===e}},X=class{mode=q.ADAPTIVE
rateLimiter
standardRetryStrategy
constructor(e,t){const{rateLimiter:r}=t??{}
this.rateLimiter=r??new z,this.standardRetryStrategy=new Y(t?{maxAttempts:"number"==typeof e?e:3,...t}:e)}async acquireInitialRetryToken(e){const t=await this.standardRetryStrategy.acquireInitialRetryToken(e)
return await this.rateLimiter.getSendToken(),t}async refreshRetryTokenForRetry(e,t){this.rateLimiter.updateClientSendingRate(t)
const r=await this.standardRetryStrategy.refreshRetryTokenForRetry(e,t)
return await this.rateLimiter.getSendToken(),r}recordSuccess(e){this.rateLimiter.updateClientSendingRate({}),this.standardRetryStrategy.recordSuccess(e)}async maxAttemptsProvider(){return this.standardRetryStrategy.maxAttempts()}}
const Z=(e,t)=>Math.floor(Math.min(k,Math.random()*2**t*e)),ee=e=>!!e&&(S(e)||b(e)||C(e)||A(e))
class te{maxAttemptsProvider
retryDecider
delayDecider
retryQuota
mode=q.STANDARD
constructor(e,t){this.maxAttemptsProvider=e,this.retryDecider=t?.retryDecider??ee,this.delayDecider=t?.delayDecider??Z,this.retryQuota=t?.retryQuota??(e=>{const t=e
let r=e
const n=e=>"TimeoutError"===e.name?10:5,s=e=>n(e)<=r
return Object.freeze({hasRetryTokens:s,retrieveRetryTokens:e=>{if(!s(e))throw new Error("No retry token available")
const t=n(e)
return r-=t,t},releaseRetryTokens:e=>{r+=e??1,r=Math.min(r,t)}})})(O)}shouldRetry(e,t,r){return t<r&&this.retryDecider(e)&&this.retryQuota.hasRetryTokens(e)}async getMaxAttempts(){let e
try{e=await this.maxAttemptsProvider()}catch(t){e=W}return e}async retry(e,t,r){let n,s=0,i=0
const o=await this.getMaxAttempts(),{request:c}=t
for(a.isInstance(c)&&(c.headers[P]=u());;)try{a.isInstance(c)&&(c.headers[N]=`attempt=${s+1}; max=${o}`),r?.beforeRequest&&await r.beforeRequest()
const{response:u,output:l}=await e(t)
return r?.afterRequest&&r.afterRequest(u),this.retryQuota.releaseRetryTokens(n),l.$metadata.attempts=s+1,l.$metadata.totalRetryDelay=i,{response:u,output:l}}catch(e){const t=M(e)
if(s++,this.shouldRetry(t,s,o)){n=this.retryQuota.retrieveRetryTokens(t)
const e=this.delayDecider(C(t)?500:100,s),r=re(t.$response),o=Math.max(r||0,e)
i+=o,await new Promise(e=>setTimeout(e,o))
continue}throw t.$metadata||(t.$metadata={}),t.$metadata.attempts=s,t.$metadata.totalRetryDelay=i,t}}}const re=e=>{if(!o.isInstance(e))return
const t=Object.keys(e.headers).find(e=>"retry-after"===e.toLowerCase())
if(!t)return
const r=e.headers[t],n=Number(r)
if(!Number.isNaN(n))return Math.min(1e3*n,2e4)
const s=new Date(r)
return Math.min(s.getTime()-Date.now(),2e4)}
const ne="AWS_MAX_ATTEMPTS",se="max_attempts",ie={environmentVariableSelector:e=>{const t=e[ne]
if(!t)return
const r=parseInt(t)
if(Number.isNaN(r))throw new Error(`Environment variable ${ne} mast be a number, got "${t}"`)
return r},configFileSelector:e=>{const t=e[se]
if(!t)return
const r=parseInt(t)
if(Number.isNaN(r))throw new Error(`Shared config file entry ${se} mast be a number, got "${t}"`)
return r},default:W},oe="AWS_RETRY_MODE",ae="retry_mode",ce={environmentVariableSelector:e=>e[oe],configFileSelector:e=>e[ae],default:G},ue=()=>e=>async t=>{const{request:r}=t
return a.isInstance(r)&&(delete r.headers[P],delete r.headers[N]),e(t)},le={name:"omitRetryHeadersMiddleware",tags:["RETRY","HEADERS","OMIT_RETRY_HEADERS"],relation:"before",toMiddleware:"awsAuthMiddleware",override:!0},de=$(h),he=function(e){const t=$(e)
return e=>({applyToStack:r=>{r.add(t(e),B)}})}(h)
t.AdaptiveRetryStrategy=X,t.CONFIG_MAX_ATTEMPTS=se,t.CONFIG_RETRY_MODE=ae,t.ConfiguredRetryStrategy=class extends Y{computeNextBackoffDelay
constructor(e,t=H.delay()){super("function"==typeof e?e:async()=>e),this.computeNextBackoffDelay="number"==typeof t?()=>t:t,this.retryBackoffStrategy.computeNextBackoffDelay=e=>{const t=e+1
return this.computeNextBackoffDelay(t)}}},t.DEFAULT_MAX_ATTEMPTS=W,t.DEFAULT_RETRY_DELAY_BASE=100,t.DEFAULT_RETRY_MODE=G,t.DefaultRateLimiter=z,t.DeprecatedAdaptiveRetryStrategy=class extends te{rateLimiter
constructor(e,t){const{rateLimiter:r,...n}=t??{}
super(e,n),this.rateLimiter=r??new z,this.mode=q.ADAPTIVE}async retry(e,t){return super.retry(e,t,{beforeRequest:async()=>this.rateLimiter.getSendToken(),afterRequest:e=>{this.rateLimiter.updateClientSendingRate(e)}})}},t.DeprecatedStandardRetryStrategy=te,t.ENV_MAX_ATTEMPTS=ne,t.ENV_RETRY_MODE=oe,t.INITIAL_RETRY_TOKENS=O,t.INVOCATION_ID_HEADER=P,t.MAXIMUM_RETRY_DELAY=k,t.NODE_MAX_ATTEMPT_CONFIG_OPTIONS=ie,t.NODE_RETRY_MODE_CONFIG_OPTIONS=ce,t.NO_RETRY_INCREMENT=1,t.REQUEST_HEADER=N,t.RETRY_COST=5,t.RETRY_MODES=q,t.Retry=H,t.StandardRetryStrategy=Y,t.THROTTLING_RETRY_DELAY_BASE=500,t.TIMEOUT_RETRY_COST=10,t.defaultDelayDecider=Z,t.defaultRetryDecider=ee,t.getOmitRetryHeadersPlugin=e=>({applyToStack:e=>{e.addRelativeTo(ue(),le)}}),t.getRetryAfterHint=function(e,t){return D(e,t)},t.getRetryPlugin=he,t.isBrowserNetworkError=v,t.isClockSkewCorrectedError=E,t.isClockSkewError=b,t.isNodeJsHttp2TransientError=x,t.isRetryableByTrait=S,t.isServerError=T,t.isThrottlingError=C,t.isTransientError=A,t.omitRetryHeadersMiddleware=ue,t.omitRetryHeadersMiddlewareOptions=le,t.resolveRetryConfig=(e,t)=>{const{retryStrategy:r,retryMode:n}=e,{defaultMaxAttempts:s=W,defaultBaseDelay:o=H.delay()}=t??{},a=i(e.maxAttempts??s)
let c=r?Promise.resolve(r):void 0
return Object.assign(e,{maxAttempts:a,retryStrategy:()=>c??=(async()=>{const e=await a()
return await i(n)()===q.ADAPTIVE?new X(a,{maxAttempts:e,baseDelay:o}):new Y({maxAttempts:e,baseDelay:o})})()})},t.retryMiddleware=de,t.retryMiddlewareOptions=B},2692:(e,t,r)=>{const{getSmithyContext:n,HttpResponse:s,toEndpointV1:i}=r(9928),o=e=>"function"==typeof e?e():e,a=(e,t,r,n,s)=>({name:t,namespace:e,traits:r,input:n,output:s}),c=(e,t)=>(t.find(([t])=>t.match(e))||[void 0,void 0])[1],u={name:"deserializerMiddleware",step:"deserialize",tags:["DESERIALIZER"],override:!0},l={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}
class d{name
namespace
traits
static assign(e,t){return Object.assign(e,t)}static[Symbol.hasInstance](e){const t=this.prototype.isPrototypeOf(e)
if(!t&&"object"==typeof e&&null!==e){return e.symbol===this.symbol}return t}getName(){return this.namespace+"#"+this.name}}class h extends d{static symbol=Symbol.for("@smithy/lis")
valueSchema
symbol=h.symbol}class f extends d{static symbol=Symbol.for("@smithy/map")
keySchema
valueSchema
symbol=f.symbol}class p extends d{static symbol=Symbol.for("@smithy/ope")
input
output
symbol=p.symbol}class g extends d{static symbol=Symbol.for("@smithy/str")
memberNames
memberList
symbol=g.symbol}class m extends g{static symbol=Symbol.for("@smithy/err")
ctor
symbol=m.symbol}const y=[]
function w(e){if("object"==typeof e)return e
if(y[e|=0])return y[e]
const t={}
let r=0
for(const n of["httpLabel","idempotent","idempotencyToken","sensitive","httpPayload","httpResponseCode","httpQueryParams"])1==(e>>r++&1)&&(t[n]=1)
return y[e]=t}const S=Symbol.for("@smithy/nor-struct-it"),b=Symbol.for("@smithy/ns"),E=[],v={}
class C{ref
memberName
static symbol=Symbol.for("@smithy/nor")
symbol=C.symbol
name
schema
_isMemberSchema
traits
memberTraits
normalizedTraits
constructor(e,t){this.ref=e,this.memberName=t
const r=[]
let n=e,s=e
for(this._isMemberSchema=!1;T(n);)r.push(n[1]),n=n[0],s=o(n),this._isMemberSchema=!0
if(r.length>0){this.memberTraits={}
for(let e=r.length-1;e>=0;--e){const t=r[e]
Object.assign(this.memberTraits,w(t))}}else this.memberTraits=0
if(s instanceof C){const e=this.memberTraits
return Object.assign(this,s),this.memberTraits=Object.assign({},e,s.getMemberTraits(),this.getMemberTraits()),this.normalizedTraits=void 0,void(this.memberName=t??s.memberName)}if(this.schema=o(s),x(this.schema)?(this.name=`${this.schema[1]}#${this.schema[2]}`,this.traits=this.schema[3]):(this.name=this.memberName??String(s),this.traits=0),this._isMemberSchema&&!t)throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`)}static[Symbol.hasInstance](e){const t=this.prototype.isPrototypeOf(e)
if(!t&&"object"==typeof e&&null!==e){return e.symbol===this.symbol}return t}static of(e){const t="function"==typeof e||"object"==typeof e&&null!==e
if("number"==typeof e){if(E[e])return E[e]}else if("string"==typeof e){if(v[e])return v[e]}else if(t&&e[b])return e[b]
const r=o(e)
if(r instanceof C)return r
if(T(r)){const[t,n]=r
if(t instanceof C)return Object.assign(t.getMergedTraits(),w(n)),t
throw new Error(`@smithy/core/schema - may not init unwrapped member schema=${JSON.stringify(e,null,2)}.`)}const n=new C(r)
return t?e[b]=n:"string"==typeof r?v[r]=n:"number"==typeof r?E[r]=n:n}getSchema(){const e=this.schema
return Array.isArray(e)&&0===e[0]?e[4]:e}getName(e=!1){const{name:t}=this
return!e&&t&&t.includes("#")?t.split("#")[1]:t||void 0}getMemberName(){return this.memberName}isMemberSchema(){return this._isMemberSchema}isListSchema(){const e=this.getSchema()
return"number"==typeof e?e>=64&&e<128:1===e[0]}isMapSchema(){const e=this.getSchema()
return"number"==typeof e?e>=128&&e<=255:2===e[0]}isStructSchema(){const e=this.getSchema()
if("object"!=typeof e)return!1
const t=e[0]
return 3===t||-3===t||4===t}isUnionSchema(){const e=this.getSchema()
return"object"==typeof e&&4===e[0]}isBlobSchema(){const e=this.getSchema()
return 21===e||42===e}isTimestampSchema(){const e=this.getSchema()
return"number"==typeof e&&e>=4&&e<=7}isUnitSchema(){return"unit"===this.getSchema()}isDocumentSchema(){return 15===this.getSchema()}isStringSchema(){return 0===this.getSchema()}isBooleanSchema(){return 2===this.getSchema()}isNumericSchema(){return 1===this.getSchema()}isBigIntegerSchema(){return 17===this.getSchema()}isBigDecimalSchema(){return 19===this.getSchema()}isStreaming(){const{streaming:e}=this.getMergedTraits()
return!!e||42===this.getSchema()}isIdempotencyToken(){return!!this.getMergedTraits().idempotencyToken}getMergedTraits(){return this.normalizedTraits??(this.normalizedTraits={...this.getOwnTraits(),...this.getMemberTraits()})}getMemberTraits(){return w(this.memberTraits)}getOwnTraits(){return w(this.traits)}getKeySchema(){const[e,t]=[this.isDocumentSchema(),this.isMapSchema()]
if(!e&&!t)throw new Error(`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`)
const r=this.getSchema()
return A([e?15:r[4]??0,0],"key")}getValueSchema(){const e=this.getSchema(),[t,r,n]=[this.isDocumentSchema(),this.isMapSchema(),this.isListSchema()],s="number"==typeof e?63&e:e&&"object"==typeof e&&(r||n)?e[3+e[0]]:t?15:void 0
if(null!=s)return A([s,0],r?"value":"member")
throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`)}getMemberSchema(e){const t=this.getSchema()
if(this.isStructSchema()&&t[4].includes(e)){const r=t[4].indexOf(e),n=t[5][r]
return A(T(n)?n:[n,0],e)}if(this.isDocumentSchema())return A([15,0],e)
throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`)}getMemberSchemas(){const e={}
try{for(const[t,r]of this.structIterator())e[t]=r}catch(e){}return e}getEventStreamMember(){if(this.isStructSchema())for(const[e,t]of this.structIterator())if(t.isStreaming()&&t.isStructSchema())return e
return""}*structIterator(){if(this.isUnitSchema())return
if(!this.isStructSchema())throw new Error("@smithy/core/schema - cannot iterate non-struct schema.")
const e=this.getSchema(),t=e[4].length
let r=e[S]
if(r&&t===r.length)yield*r
else{r=Array(t)
for(let n=0;n<t;++n){const t=e[4][n],s=A([e[5][n],0],t)
yield r[n]=[t,s]}e[S]=r}}}function A(e,t){if(e instanceof C)return Object.assign(e,{memberName:t,_isMemberSchema:!0})
return new C(e,t)}const T=e=>Array.isArray(e)&&2===e.length,x=e=>Array.isArray(e)&&e.length>=5
class I extends d{static symbol=Symbol.for("@smithy/sim")
schemaRef
symbol=I.symbol}class _{namespace
schemas
exceptions
static registries=new Map
constructor(e,t=new Map,r=new Map){this.namespace=e,this.schemas=t,this.exceptions=r,_.registries.has(e)||_.registries.set(e,this)}static for(e){return _.registries.get(e)??new _(e)}copyFrom(e){const{schemas:t,exceptions:r}=this
for(const[r,n]of e.schemas)t.has(r)||t.set(r,n)
for(const[t,n]of e.exceptions)r.has(t)||r.set(t,n)}register(e,t){const r=this.normalizeShapeId(e)
for(const e of[this,_.for(r.split("#")[0])])e.schemas.has(r)||e.schemas.set(r,t)}getSchema(e){const t=this.normalizeShapeId(e)
if(!this.schemas.has(t)){if(!e.includes("#")){const t="#"+e,r=[]
for(const[e,n]of this.schemas.entries())e.endsWith(t)&&r.push(n)
if(1===r.length)return r[0]}throw new Error(`@smithy/core/schema - schema not found for ${t}`)}return this.schemas.get(t)}registerError(e,t){const r=e,n=r[1],s=n+"#"+r[2]
t.hasOwnProperty?.("shapeId")||(t.shapeId=s)
for(const e of[this,_.for(n)])e.schemas.has(s)||e.exceptions.has(r)||(e.schemas.set(s,r),e.exceptions.set(r,t))}getErrorCtor(e){const t=e
if(this.exceptions.has(t))return this.exceptions.get(t)
return _.for(t[1]).exceptions.get(t)}getBaseException(){for(const e of this.exceptions.keys())if(Array.isArray(e)){const[,t,r]=e,n=t+"#"+r
if(n.startsWith("smithy.ts.sdk.synthetic.")&&n.endsWith("ServiceException"))return e}}find(e){for(const t of this.schemas.values())if(e(t))return t}clear(){this.schemas.clear(),this.exceptions.clear()}normalizeShapeId(e){return e.includes("#")?e:this.namespace+"#"+e}}t.ErrorSchema=m,t.ListSchema=h,t.MapSchema=f,t.NormalizedSchema=C,t.OperationSchema=p,t.SCHEMA={BLOB:21,STREAMING_BLOB:42,BOOLEAN:2,STRING:0,NUMERIC:1,BIG_INTEGER:17,BIG_DECIMAL:19,DOCUMENT:15,TIMESTAMP_DEFAULT:4,TIMESTAMP_DATE_TIME:5,TIMESTAMP_HTTP_DATE:6,TIMESTAMP_EPOCH_SECONDS:7,LIST_MODIFIER:64,MAP_MODIFIER:128},t.Schema=d,t.SimpleSchema=I,t.StructureSchema=g,t.TypeRegistry=_,t.deref=o,t.deserializerMiddlewareOption=u,t.error=(e,t,r,n,s,i)=>d.assign(new m,{name:t,namespace:e,traits:r,memberNames:n,memberList:s,ctor:null}),t.getSchemaSerdePlugin=function(e){return{applyToStack:t=>{t.add((e=>(t,r)=>async s=>{const{operationSchema:o}=n(r),[,c,u,l,d,h]=o??[],f=r.endpointV2?async()=>i(r.endpointV2):e.endpoint,p=await e.protocol.serializeRequest(a(c,u,l,d,h),s.input,{...e,...r,endpoint:f})
return t({...s,request:p})})(e),l),t.add((e=>(t,r)=>async i=>{const{response:o}=await t(i),{operationSchema:u}=n(r),[,l,d,h,f,p]=u??[]
try{return{response:o,output:await e.protocol.deserializeResponse(a(l,d,h,f,p),{...e,...r},o)}}catch(e){if(Object.defineProperty(e,"$response",{value:o,enumerable:!1,writable:!1,configurable:!1}),!("$metadata"in e)){const t="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object."
try{e.message+="\n  "+t}catch(e){r.logger&&"NoOpLogger"!==r.logger?.constructor?.name?r.logger?.warn?.(t):console.warn(t)}void 0!==e.$responseBodyText&&e.$response&&(e.$response.body=e.$responseBodyText)
try{if(s.isInstance(o)){const{headers:t={},statusCode:r}=o,n=Object.entries(t)
e.$metadata={httpStatusCode:r,requestId:c(/^x-[\w-]+-request-?id$/,n),extendedRequestId:c(/^x-[\w-]+-id-2$/,n),cfId:c(/^x-[\w-]+-cf-id$/,n)}}}catch(e){}}throw e}})(e),u),e.protocol.setSerdeContext(e)}}},t.isStaticSchema=x,t.list=(e,t,r,n)=>d.assign(new h,{name:t,namespace:e,traits:r,valueSchema:n}),t.map=(e,t,r,n,s)=>d.assign(new f,{name:t,namespace:e,traits:r,keySchema:n,valueSchema:s}),t.op=(e,t,r,n,s)=>d.assign(new p,{name:t,namespace:e,traits:r,input:n,output:s}),t.operation=a,t.serializerMiddlewareOption=l,t.sim=(e,t,r,n)=>d.assign(new I,{name:t,namespace:e,traits:n,schemaRef:r}),t.simAdapter=(e,t,r,n)=>d.assign(new I,{name:t,namespace:e,traits:r,schemaRef:n}),t.simpleSchemaCacheN=E,t.simpleSchemaCacheS=v,t.struct=(e,t,r,n,s)=>d.assign(new g,{name:t,namespace:e,traits:r,memberNames:n,memberList:s}),t.traitsCache=y,t.translateTraits=w},1892:(e,t,r)=>{const{createHmac:n,createHash:s,getRandomValues:i}=r(7598),{hasOwn:o,HttpResponse:a}=r(9928)
t.hasOwn=o
const{ReadStream:c,lstatSync:u,fstatSync:l}=r(3024),{toEndpointV1:d}=r(7003),{Readable:h,Writable:f,PassThrough:p}=r(7075),g=e=>"function"==typeof ArrayBuffer&&e instanceof ArrayBuffer||"[object ArrayBuffer]"===Object.prototype.toString.call(e),m=(e,t=0,r=e.byteLength-t)=>{if(!g(e))throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof e} (${e})`)
return Buffer.from(e,t,r)},y=(e,t)=>{if("string"!=typeof e)throw new TypeError(`The "input" argument must be of type string. Received type ${typeof e} (${e})`)
return t?Buffer.from(e,t):Buffer.from(e)},w=/^[A-Za-z0-9+/]*={0,2}$/,S=e=>{if(3*e.length%4!=0)throw new TypeError("Incorrect padding on base64 string.")
if(!w.exec(e))throw new TypeError("Invalid base64 string.")
const t=y(e,"base64")
return new Uint8Array(t.buffer,t.byteOffset,t.byteLength)},b=e=>{const t=y(e,"utf8")
return new Uint8Array(t.buffer,t.byteOffset,t.byteLength/Uint8Array.BYTES_PER_ELEMENT)},E=e=>{let t
if(t="string"==typeof e?b(e):e,"object"!=typeof t||"number"!=typeof t.byteOffset||"number"!=typeof t.byteLength)throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.")
return m(t.buffer,t.byteOffset,t.byteLength).toString("base64")}
const v=e=>{if("string"==typeof e)return e
if("object"!=typeof e||"number"!=typeof e.byteOffset||"number"!=typeof e.byteLength)throw new Error("@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.")
return m(e.buffer,e.byteOffset,e.byteLength).toString("utf8")},C=Array.from({length:256},(e,t)=>t.toString(16).padStart(2,"0"))
const A=e=>{if(null!=e){if("string"==typeof e){const t=parseFloat(e)
if(!Number.isNaN(t))return String(t)!==String(e)&&J.warn(K(`Expected number but observed string: ${e}`)),t}if("number"==typeof e)return e
throw new TypeError(`Expected number, got ${typeof e}: ${e}`)}},T=Math.ceil(2**127*(2-2**-23)),x=e=>{const t=A(e)
if(void 0!==t&&!Number.isNaN(t)&&t!==1/0&&t!==-1/0&&Math.abs(t)>T)throw new TypeError(`Expected 32-bit float, got ${e}`)
return t},I=e=>{if(null!=e){if(Number.isInteger(e)&&!Number.isNaN(e))return e
throw new TypeError(`Expected integer, got ${typeof e}: ${e}`)}},_=I,R=e=>P(e,32),k=e=>P(e,16),O=e=>P(e,8),P=(e,t)=>{const r=I(e)
if(void 0!==r&&N(r,t)!==r)throw new TypeError(`Expected ${t}-bit integer, got ${e}`)
return r},N=(e,t)=>{switch(t){case 32:return Int32Array.of(e)[0]
case 16:return Int16Array.of(e)[0]
case 8:return Int8Array.of(e)[0]}},D=e=>{if(null==e)return
if("object"==typeof e&&!Array.isArray(e))return e
const t=Array.isArray(e)?"array":typeof e
throw new TypeError(`Expected object, got ${t}: ${e}`)},M=e=>A("string"==typeof e?L(e):e),$=M,U=e=>x("string"==typeof e?L(e):e),F=/(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g,L=e=>{const t=e.match(F)
if(null===t||t[0].length!==e.length)throw new TypeError("Expected real number, got implicit NaN")
return parseFloat(e)},B=e=>"string"==typeof e?j(e):A(e),z=B,H=B,j=e=>{switch(e){case"NaN":return NaN
case"Infinity":return 1/0
case"-Infinity":return-1/0
default:throw new Error(`Unable to parse float value: ${e}`)}},V=e=>I("string"==typeof e?L(e):e),q=V,W=e=>k("string"==typeof e?L(e):e),G=e=>O("string"==typeof e?L(e):e),K=e=>String(new TypeError(e).stack||e).split("\n").slice(0,5).filter(e=>!e.includes("stackTraceWarning")).join("\n"),J={warn:console.warn},Q=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],Y=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"]
const X=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/),Z=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/),ee=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),te=new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),re=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/),ne=(e,t,r,n)=>{const s=t-1
return ce(e,s,r),new Date(Date.UTC(e,s,r,le(n.hours,"hour",0,23),le(n.minutes,"minute",0,59),le(n.seconds,"seconds",0,60),de(n.fractionalMilliseconds)))},se=e=>{const t=(new Date).getUTCFullYear(),r=100*Math.floor(t/100)+W(fe(e))
return r<t?r+100:r},ie=e=>e.getTime()-(new Date).getTime()>15768e8?new Date(Date.UTC(e.getUTCFullYear()-100,e.getUTCMonth(),e.getUTCDate(),e.getUTCHours(),e.getUTCMinutes(),e.getUTCSeconds(),e.getUTCMilliseconds())):e,oe=e=>{const t=Y.indexOf(e)
if(t<0)throw new TypeError(`Invalid month: ${e}`)
return t+1},ae=[31,28,31,30,31,30,31,31,30,31,30,31],ce=(e,t,r)=>{let n=ae[t]
if(1===t&&ue(e)&&(n=29),r>n)throw new TypeError(`Invalid day for ${Y[t]} in ${e}: ${r}`)},ue=e=>e%4==0&&(e%100!=0||e%400==0),le=(e,t,r,n)=>{const s=G(fe(e))
if(s<r||s>n)throw new TypeError(`${t} must be between ${r} and ${n}, inclusive`)
return s},de=e=>null==e?0:1e3*U("0."+e),he=e=>{const t=e[0]
let r=1
if("+"==t)r=1
else{if("-"!=t)throw new TypeError(`Offset direction, ${t}, must be "+" or "-"`)
r=-1}return r*(60*Number(e.substring(1,3))+Number(e.substring(4,6)))*60*1e3},fe=e=>{let t=0
for(;t<e.length-1&&"0"===e.charAt(t);)t++
return 0===t?e:e.slice(t)},pe=function(e){return Object.assign(new String(e),{deserializeJSON:()=>JSON.parse(String(e)),toString:()=>String(e),toJSON:()=>String(e)})}
pe.from=e=>e&&"object"==typeof e&&(e instanceof pe||"deserializeJSON"in e)?e:"string"==typeof e||Object.getPrototypeOf(e)===String.prototype?pe(String(e)):pe(JSON.stringify(e)),pe.fromObject=pe.from
const ge="(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?",me="(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",ye="(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?",we="(\\d?\\d)",Se="(\\d{4})",be=new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/),Ee=/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/,ve=new RegExp(`^${ge}, ${we} ${me} ${Se} ${ye} GMT$`),Ce=new RegExp(`^${ge}, ${we}-${me}-(\\d\\d) ${ye} GMT$`),Ae=new RegExp(`^${ge} ${me} ( [1-9]|\\d\\d) ${ye} ${Se}$`),Te=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"]
function xe(e,t,r){const n=Number(e)
if(n<t||n>r)throw new Error(`Value ${n} out of range [${t}, ${r}]`)}const Ie=/^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/
class _e{string
type
constructor(e,t){if(this.string=e,this.type=t,!Ie.test(e))throw new Error(`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`)}toString(){return this.string}static[Symbol.hasInstance](e){if(!e||"object"!=typeof e)return!1
const t=e
return _e.prototype.isPrototypeOf(e)||"bigDecimal"===t.type&&Ie.test(t.string)}}const Re={},ke={}
for(let e=0;e<256;e++){let t=e.toString(16).toLowerCase()
1===t.length&&(t=`0${t}`),Re[e]=t,ke[t]=e}function Oe(e){let t=""
for(let r=0;r<e.byteLength;r++)t+=Re[e[r]]
return t}const Pe=e=>e instanceof Uint8Array?e:"string"==typeof e?b(e):ArrayBuffer.isView(e)?new Uint8Array(e.buffer,e.byteOffset,e.byteLength/Uint8Array.BYTES_PER_ELEMENT):new Uint8Array(e)
function Ne(e,t){if(void 0===t){t=0
for(const r of e)t+=r.byteLength}const r=new Uint8Array(t)
let n=0
for(const t of e)r.set(t,n),n+=t.byteLength
return r}const De=(e,t)=>(r,n)=>async s=>{const{response:i}=await r(s)
try{return{response:i,output:await t(i,e)}}catch(e){if(Object.defineProperty(e,"$response",{value:i,enumerable:!1,writable:!1,configurable:!1}),!("$metadata"in e)){const t="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object."
try{e.message+="\n  "+t}catch(e){n.logger&&"NoOpLogger"!==n.logger?.constructor?.name?n.logger?.warn?.(t):console.warn(t)}void 0!==e.$responseBodyText&&e.$response&&(e.$response.body=e.$responseBodyText)
try{if(a.isInstance(i)){const{headers:t={}}=i,r=Object.entries(t)
e.$metadata={httpStatusCode:i.statusCode,requestId:Me(/^x-[\w-]+-request-?id$/,r),extendedRequestId:Me(/^x-[\w-]+-id-2$/,r),cfId:Me(/^x-[\w-]+-cf-id$/,r)}}}catch(e){}}throw e}},Me=(e,t)=>(t.find(([t])=>t.match(e))||[void 0,void 0])[1],$e=(e,t)=>(r,n)=>async s=>{const i=e,o=n.endpointV2?async()=>d(n.endpointV2):i.endpoint
if(!o)throw new Error("No valid endpoint provider available.")
const a=await t(s.input,{...e,endpoint:o})
return r({...s,request:a})},Ue={name:"deserializerMiddleware",step:"deserialize",tags:["DESERIALIZER"],override:!0},Fe={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}
function Le(e,t){return Buffer.isBuffer(e)?e:"string"==typeof e?y(e,t):ArrayBuffer.isView(e)?m(e.buffer,e.byteOffset,e.byteLength):m(e)}let Be=class extends h{expectedChecksum
checksumSourceLocation
checksum
source
base64Encoder
constructor({expectedChecksum:e,checksum:t,source:r,checksumSourceLocation:n,base64Encoder:s}){if(super(),"function"!=typeof r.pipe)throw new Error(`@smithy/util-stream: unsupported source type ${r?.constructor?.name??r} in ChecksumStream.`)
this.source=r,this.base64Encoder=s??E,this.expectedChecksum=e,this.checksum=t,this.checksumSourceLocation=n,this.source.on("data",this.onSourceData),this.source.on("end",this.onSourceEnd),this.source.on("error",this.onSourceError),this.source.on("close",this.onSourceClose),this.source.pause()}onSourceData=e=>{if(!this.destroyed){try{this.checksum.update(e)}catch(e){return void this.destroy(e)}this.push(e)||this.source.pause()}}
onSourceEnd=async()=>{if(!this.destroyed){try{const e=await this.checksum.digest(),t=this.base64Encoder(e)
if(this.expectedChecksum!==t)return void this.destroy(new Error(`Checksum mismatch: expected "${this.expectedChecksum}" but received "${t}" in response header "${this.checksumSourceLocation}".`))}catch(e){return void this.destroy(e)}this.push(null)}}
onSourceError=e=>{this.destroy(e)}
onSourceClose=()=>{this.destroyed||this.source.readableEnded||this.destroy(new Error("Connection lost or stream closed before all data was received."))}
_read(e){this.source.resume()}_destroy(e,t){this.source?.removeListener("data",this.onSourceData),this.source?.removeListener("end",this.onSourceEnd),this.source?.removeListener("error",this.onSourceError),this.source?.removeListener("close",this.onSourceClose),this.source?.destroy(),t(e)}}
const ze=e=>"function"==typeof ReadableStream&&(e?.constructor?.name===ReadableStream.name||e instanceof ReadableStream),He=e=>"function"==typeof Blob&&(e?.constructor?.name===Blob.name||e instanceof Blob),je="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
Object.entries(je).reduce((e,[t,r])=>(e[r]=Number(t),e),{})
const Ve=je.split("")
function qe(e){let t
t="string"==typeof e?(e=>(new TextEncoder).encode(e))(e):e
const r="object"==typeof t&&"number"==typeof t.length,n="object"==typeof t&&"number"==typeof t.byteOffset&&"number"==typeof t.byteLength
if(!r&&!n)throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.")
let s=""
for(let e=0;e<t.length;e+=3){let r=0,n=0
for(let s=e,i=Math.min(e+3,t.length);s<i;s++)r|=t[s]<<8*(i-s-1),n+=8
const i=Math.ceil(n/6)
r<<=6*i-n
for(let e=1;e<=i;e++){const t=6*(i-e)
s+=Ve[(r&63<<t)>>t]}s+="==".slice(0,4-i)}return s}const We="function"==typeof ReadableStream?ReadableStream:function(){}
class Ge extends We{}class Ke{allocByteArray
byteLength=0
byteArrays=[]
constructor(e){this.allocByteArray=e}push(e){this.byteArrays.push(e),this.byteLength+=e.byteLength}flush(){if(1===this.byteArrays.length){const e=this.byteArrays[0]
return this.reset(),e}const e=this.allocByteArray(this.byteLength)
let t=0
for(let r=0;r<this.byteArrays.length;++r){const n=this.byteArrays[r]
e.set(n,t),t+=n.byteLength}return this.reset(),e}reset(){this.byteArrays=[],this.byteLength=0}}function Je(e,t,r){switch(t){case 0:return e[0]+=r,Ye(e[0])
case 1:case 2:return e[t].push(r),Ye(e[t])}}function Qe(e,t){switch(t){case 0:const r=e[0]
return e[0]="",r
case 1:case 2:return e[t].flush()}throw new Error(`@smithy/util-stream - invalid index ${t} given to flush()`)}function Ye(e){return e?.byteLength??e?.length??0}function Xe(e,t=!0){return t&&"undefined"!=typeof Buffer&&e instanceof Buffer?2:e instanceof Uint8Array?1:"string"==typeof e?0:-1}let Ze=class extends f{buffers=[]
limit=1/0
bytesBuffered=0
_write(e,t,r){if(this.buffers.push(e),this.bytesBuffered+=e.byteLength??0,this.bytesBuffered>=this.limit){const e=this.bytesBuffered-this.limit,t=this.buffers[this.buffers.length-1]
this.buffers[this.buffers.length-1]=t.subarray(0,t.byteLength-e),this.emit("finish")}r()}}
async function et(e){return e.arrayBuffer().then(e=>new Uint8Array(e))}async function tt(e){const t=[],r=e.getReader()
let n=0
for(;;){const{done:e,value:s}=await r.read()
if(s&&(t.push(s),n+=s.length),e)break}return Ne(t,n)}const rt="The stream has already been transformed.",nt=e=>{if(!st(e)&&!ze(e)){throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${e?.__proto__?.constructor?.name||e}`)}let t=!1
const r=async()=>{if(t)throw new Error(rt)
return t=!0,await(async e=>He(e)?et(e):tt(e))(e)}
return Object.assign(e,{transformToByteArray:r,transformToString:async e=>{const t=await r()
if("base64"===e)return qe(t)
if("hex"===e)return Oe(t)
if(void 0===e||"utf8"===e||"utf-8"===e)return(e=>{if("string"==typeof e)return e
if("object"!=typeof e||"number"!=typeof e.byteOffset||"number"!=typeof e.byteLength)throw new Error("@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.")
return new TextDecoder("utf-8").decode(e)})(t)
if("function"==typeof TextDecoder)return new TextDecoder(e).decode(t)
throw new Error("TextDecoder is not available, please make sure polyfill is provided.")},transformToWebStream:()=>{if(t)throw new Error(rt)
if(t=!0,st(e))return(e=>{if("function"!=typeof e.stream)throw new Error("Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.\nIf you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body")
return e.stream()})(e)
if(ze(e))return e
throw new Error(`Cannot transform payload to web stream, got ${e}`)}})},st=e=>"function"==typeof Blob&&e instanceof Blob,it=e=>He(e)?et(e):ze(e)?tt(e):new Promise((t,r)=>{const n=new ot,s=e
s.pipe(n),s.on("error",e=>{n.end(),r(e)}),n.on("error",r),n.on("finish",function(){const e=Ne(this.bufferedBytes)
t(e)})})
class ot extends f{bufferedBytes=[]
_write(e,t,r){this.bufferedBytes.push(e),r()}}const at="The stream has already been transformed."
class ct extends(function(e,t,r,n){return class s extends Uint8Array{static fromString(e,r="utf-8"){if("string"==typeof e)return"base64"===r?s.mutate(n(e)):s.mutate(t(e))
throw new Error(`Unsupported conversion from ${typeof e} to Uint8ArrayBlobAdapter.`)}static mutate(e){return Object.setPrototypeOf(e,s.prototype),e}transformToString(t="utf-8"){return"base64"===t?r(this):e(this)}}}(v,b,E,S)){}const ut=function(e){return"undefined"!=typeof crypto&&"function"==typeof crypto.randomUUID?()=>crypto.randomUUID():()=>{const t=new Uint8Array(16)
return e(t),t[6]=15&t[6]|64,t[8]=63&t[8]|128,C[t[0]]+C[t[1]]+C[t[2]]+C[t[3]]+"-"+C[t[4]]+C[t[5]]+"-"+C[t[6]]+C[t[7]]+"-"+C[t[8]]+C[t[9]]+"-"+C[t[10]]+C[t[11]]+C[t[12]]+C[t[13]]+C[t[14]]+C[t[15]]}}(i),lt=ut
t.ChecksumStream=Be,t.Hash=class{algorithmIdentifier
secret
hash
constructor(e,t){this.algorithmIdentifier=e,this.secret=t,this.reset()}update(e,t){this.hash.update(Pe(Le(e,t)))}digest(){return Promise.resolve(this.hash.digest())}reset(){this.hash=this.secret?n(this.algorithmIdentifier,Le(this.secret)):s(this.algorithmIdentifier)}},t.LazyJsonString=pe,t.NumericValue=_e,t.Uint8ArrayBlobAdapter=ct,t._parseEpochTimestamp=e=>{if(null==e)return
let t=NaN
if("number"==typeof e)t=e
else if("string"==typeof e){if(!/^-?\d*\.?\d+$/.test(e))throw new TypeError("parseEpochTimestamp - numeric string invalid.")
t=Number.parseFloat(e)}else"object"==typeof e&&1===e.tag&&(t=e.value)
if(isNaN(t)||Math.abs(t)===1/0)throw new TypeError("Epoch timestamps must be valid finite numbers.")
return new Date(Math.round(1e3*t))},t._parseRfc3339DateTimeWithOffset=e=>{if(null==e)return
if("string"!=typeof e)throw new TypeError("RFC3339 timestamps must be strings")
const t=be.exec(e)
if(!t)throw new TypeError(`Invalid RFC3339 timestamp format ${e}`)
const[,r,n,s,i,o,a,,c,u]=t
xe(n,1,12),xe(s,1,31),xe(i,0,23),xe(o,0,59),xe(a,0,60)
const l=new Date(Date.UTC(Number(r),Number(n)-1,Number(s),Number(i),Number(o),Number(a),Number(c)?Math.round(1e3*parseFloat(`0.${c}`)):0))
if(l.setUTCFullYear(Number(r)),"Z"!=u.toUpperCase()){const[,e,t,r]=/([+-])(\d\d):(\d\d)/.exec(u)||[void 0,"+",0,0],n="-"===e?1:-1
l.setTime(l.getTime()+n*(60*Number(t)*60*1e3+60*Number(r)*1e3))}return l},t._parseRfc7231DateTime=e=>{if(null==e)return
if("string"!=typeof e)throw new TypeError("RFC7231 timestamps must be strings.")
if(Ee.test(e))return new Date(e)
let t,r,n,s,i,o,a,c
if((c=ve.exec(e))?[,t,r,n,s,i,o,a]=c:(c=Ce.exec(e))?([,t,r,n,s,i,o,a]=c,n=(Number(n)+1900).toString()):(c=Ae.exec(e))&&([,r,t,s,i,o,a,n]=c),n&&o){const e=Date.UTC(Number(n),Te.indexOf(r),Number(t),Number(s),Number(i),Number(o),a?Math.round(1e3*parseFloat(`0.${a}`)):0)
xe(t,1,31),xe(s,0,23),xe(i,0,59),xe(o,0,60)
const c=new Date(e)
return c.setUTCFullYear(Number(n)),c}throw new TypeError(`Invalid RFC7231 date-time value ${e}.`)},t.calculateBodyLength=e=>{if(!e)return 0
if("string"==typeof e)return Buffer.byteLength(e)
if("number"==typeof e.byteLength)return e.byteLength
if("number"==typeof e.size)return e.size
if("number"==typeof e.start&&"number"==typeof e.end)return e.end+1-e.start
if(e instanceof c){if(null!=e.path)return u(e.path).size
if("number"==typeof e.fd)return l(e.fd).size}throw new Error(`Body Length computation failed for ${e}`)},t.concatBytes=Ne,t.copyDocumentWithTransform=(e,t,r=e=>e)=>e,t.createBufferedReadable=function(e,t,r){if(ze(e))return function(e,t,r){const n=e.getReader()
let s=!1,i=0
const o=["",new Ke(e=>new Uint8Array(e))]
let a=-1
const c=async e=>{const{value:u,done:l}=await n.read(),d=u
if(l){if(-1!==a){const t=Qe(o,a)
Ye(t)>0&&e.enqueue(t)}e.close()}else{const n=Xe(d,!1)
if(a!==n&&(a>=0&&e.enqueue(Qe(o,a)),a=n),-1===a)return void e.enqueue(d)
const u=Ye(d)
i+=u
const l=Ye(o[a])
if(u>=t&&0===l)e.enqueue(d)
else{const n=Je(o,a,d)
!s&&i>2*t&&(s=!0,r?.warn(`@smithy/util-stream - stream chunk size ${u} is below threshold of ${t}, automatically buffering.`)),n>=t?e.enqueue(Qe(o,a)):await c(e)}}}
return new ReadableStream({pull:c})}(e,t,r)
const n=new h({read(){}})
let s=!1,i=0
const o=["",new Ke(e=>new Uint8Array(e)),new Ke(e=>Buffer.from(new Uint8Array(e)))]
let a=-1
return e.on("data",e=>{const c=Xe(e,!0)
if(a!==c&&(a>=0&&n.push(Qe(o,a)),a=c),-1===a)return void n.push(e)
const u=Ye(e)
i+=u
const l=Ye(o[a])
if(u>=t&&0===l)n.push(e)
else{const c=Je(o,a,e)
!s&&i>2*t&&(s=!0,r?.warn(`@smithy/util-stream - stream chunk size ${u} is below threshold of ${t}, automatically buffering.`)),c>=t&&n.push(Qe(o,a))}}),e.on("end",()=>{if(-1!==a){const e=Qe(o,a)
Ye(e)>0&&n.push(e)}n.push(null)}),n},t.createChecksumStream=function(e){return"function"==typeof ReadableStream&&ze(e.source)?(({expectedChecksum:e,checksum:t,source:r,checksumSourceLocation:n,base64Encoder:s})=>{if(!ze(r))throw new Error(`@smithy/util-stream: unsupported source type ${r?.constructor?.name??r} in ChecksumStream.`)
const i=s??qe
if("function"!=typeof TransformStream)throw new Error("@smithy/util-stream: unable to instantiate ChecksumStream because API unavailable: ReadableStream/TransformStream.")
const o=new TransformStream({start(){},async transform(e,r){t.update(e),r.enqueue(e)},async flush(r){const s=await t.digest(),o=i(s)
if(e!==o){const t=new Error(`Checksum mismatch: expected "${e}" but received "${o}" in response header "${n}".`)
r.error(t)}else r.terminate()}})
r.pipeThrough(o)
const a=o.readable
return Object.setPrototypeOf(a,Ge.prototype),a})(e):new Be(e)},t.dateToUtcString=function(e){const t=e.getUTCFullYear(),r=e.getUTCMonth(),n=e.getUTCDay(),s=e.getUTCDate(),i=e.getUTCHours(),o=e.getUTCMinutes(),a=e.getUTCSeconds(),c=i<10?`0${i}`:`${i}`,u=o<10?`0${o}`:`${o}`,l=a<10?`0${a}`:`${a}`
return`${Q[n]}, ${s<10?`0${s}`:`${s}`} ${Y[r]} ${t} ${c}:${u}:${l} GMT`},t.deserializerMiddleware=De,t.deserializerMiddlewareOption=Ue,t.expectBoolean=e=>{if(null!=e){if("number"==typeof e){if(0!==e&&1!==e||J.warn(K(`Expected boolean, got ${typeof e}: ${e}`)),0===e)return!1
if(1===e)return!0}if("string"==typeof e){const t=e.toLowerCase()
if("false"!==t&&"true"!==t||J.warn(K(`Expected boolean, got ${typeof e}: ${e}`)),"false"===t)return!1
if("true"===t)return!0}if("boolean"==typeof e)return e
throw new TypeError(`Expected boolean, got ${typeof e}: ${e}`)}},t.expectByte=O,t.expectFloat32=x,t.expectInt=_,t.expectInt32=R,t.expectLong=I,t.expectNonNull=(e,t)=>{if(null==e){if(t)throw new TypeError(`Expected a non-null value for ${t}`)
throw new TypeError("Expected a non-null value")}return e},t.expectNumber=A,t.expectObject=D,t.expectShort=k,t.expectString=e=>{if(null!=e){if("string"==typeof e)return e
if(["boolean","number","bigint"].includes(typeof e))return J.warn(K(`Expected string, got ${typeof e}: ${e}`)),String(e)
throw new TypeError(`Expected string, got ${typeof e}: ${e}`)}},t.expectUnion=e=>{if(null==e)return
const t=D(e),r=[]
for(const e in t)o(t,e)&&null!=t[e]&&r.push(e)
if(0===r.length)throw new TypeError("Unions must have exactly one non-null member. None were found.")
if(r.length>1)throw new TypeError(`Unions must have exactly one non-null member. Keys ${r} were not null.`)
return t},t.fromArrayBuffer=m,t.fromBase64=S,t.fromHex=function(e){if(e.length%2!=0)throw new Error("Hex encoded strings must have an even number length")
const t=new Uint8Array(e.length/2)
for(let r=0;r<e.length;r+=2){const n=e.slice(r,r+2).toLowerCase()
if(!(n in ke))throw new Error(`Cannot decode unrecognized sequence ${n} as hexadecimal`)
t[r/2]=ke[n]}return t},t.fromString=y,t.fromUtf8=b,t.generateIdempotencyToken=lt,t.getAwsChunkedEncodingStream=function(e,t){const r=e,n=e
if(ze(n))return((e,t)=>{const{base64Encoder:r,bodyLengthChecker:n,checksumAlgorithmFn:s,checksumLocationName:i,streamHasher:o}=t,a=void 0!==r&&void 0!==n&&void 0!==s&&void 0!==i&&void 0!==o,c=a?o(s,e):void 0
Promise.resolve(c).catch(()=>{})
const u=e.getReader()
return new ReadableStream({async pull(e){const{value:t,done:s}=await u.read()
if(s){if(e.enqueue("0\r\n"),a){const t=r(await c)
e.enqueue(`${i}:${t}\r\n`),e.enqueue("\r\n")}e.close()}else e.enqueue(`${(n(t)||0).toString(16)}\r\n${t}\r\n`)}})})(n,t)
const{base64Encoder:s,bodyLengthChecker:i,checksumAlgorithmFn:o,checksumLocationName:a,streamHasher:c}=t,u=void 0!==s&&void 0!==o&&void 0!==a&&void 0!==c,l=u?c(o,r):void 0
Promise.resolve(l).catch(()=>{})
const d=new h({read(){r.resume()}})
return r.on("data",e=>{const t=i(e)||0
0!==t&&(d.push(`${t.toString(16)}\r\n`),d.push(e),d.push("\r\n")||r.pause())}),r.on("error",e=>{d.destroy(e)}),r.pause(),r.on("end",async()=>{try{if(d.push("0\r\n"),u){const e=s(await l)
d.push(`${a}:${e}\r\n`),d.push("\r\n")}d.push(null)}catch(e){d.destroy(e)}}),d},t.getSerdePlugin=function(e,t,r){return{applyToStack:n=>{n.add(De(e,r),Ue),n.add($e(e,t),Fe)}}},t.handleFloat=z,t.headStream=(e,t)=>ze(e)?async function(e,t){let r=0
const n=[],s=e.getReader()
let i=!1
for(;!i;){const{done:e,value:o}=await s.read()
if(o&&(n.push(o),r+=o?.byteLength??0),r>=t)break
i=e}s.releaseLock()
const o=new Uint8Array(Math.min(t,r))
let a=0
for(const e of n){if(e.byteLength>o.byteLength-a){o.set(e.subarray(0,o.byteLength-a),a)
break}o.set(e,a),a+=e.length}return o}(e,t):new Promise((r,n)=>{const s=new Ze
s.limit=t,e.pipe(s),e.on("error",e=>{s.end(),n(e)}),s.on("error",n),s.on("finish",function(){const e=Ne(this.buffers)
r(e)})}),t.isArrayBuffer=g,t.isBlob=He,t.isReadableStream=ze,t.limitedParseDouble=B,t.limitedParseFloat=H,t.limitedParseFloat32=e=>"string"==typeof e?j(e):x(e),t.logger=J,t.nv=function(e){return new _e(String(e),"bigDecimal")},t.parseBoolean=e=>{switch(e){case"true":return!0
case"false":return!1
default:throw new Error(`Unable to parse boolean value "${e}"`)}},t.parseEpochTimestamp=e=>{if(null==e)return
let t
if("number"==typeof e)t=e
else if("string"==typeof e)t=M(e)
else{if("object"!=typeof e||1!==e.tag)throw new TypeError("Epoch timestamps must be expressed as floating point numbers or their string representation")
t=e.value}if(Number.isNaN(t)||t===1/0||t===-1/0)throw new TypeError("Epoch timestamps must be valid, non-Infinite, non-NaN numerics")
return new Date(Math.round(1e3*t))},t.parseRfc3339DateTime=e=>{if(null==e)return
if("string"!=typeof e)throw new TypeError("RFC-3339 date-times must be expressed as strings")
const t=X.exec(e)
if(!t)throw new TypeError("Invalid RFC-3339 date-time value")
const[r,n,s,i,o,a,c,u]=t,l=W(fe(n)),d=le(s,"month",1,12),h=le(i,"day",1,31)
return ne(l,d,h,{hours:o,minutes:a,seconds:c,fractionalMilliseconds:u})},t.parseRfc3339DateTimeWithOffset=e=>{if(null==e)return
if("string"!=typeof e)throw new TypeError("RFC-3339 date-times must be expressed as strings")
const t=Z.exec(e)
if(!t)throw new TypeError("Invalid RFC-3339 date-time value")
const[r,n,s,i,o,a,c,u,l]=t,d=W(fe(n)),h=le(s,"month",1,12),f=le(i,"day",1,31),p=ne(d,h,f,{hours:o,minutes:a,seconds:c,fractionalMilliseconds:u})
return"Z"!=l.toUpperCase()&&p.setTime(p.getTime()-he(l)),p},t.parseRfc7231DateTime=e=>{if(null==e)return
if("string"!=typeof e)throw new TypeError("RFC-7231 date-times must be expressed as strings")
let t=ee.exec(e)
if(t){const[e,r,n,s,i,o,a,c]=t
return ne(W(fe(s)),oe(n),le(r,"day",1,31),{hours:i,minutes:o,seconds:a,fractionalMilliseconds:c})}if(t=te.exec(e),t){const[e,r,n,s,i,o,a,c]=t
return ie(ne(se(s),oe(n),le(r,"day",1,31),{hours:i,minutes:o,seconds:a,fractionalMilliseconds:c}))}if(t=re.exec(e),t){const[e,r,n,s,i,o,a,c]=t
return ne(W(fe(c)),oe(r),le(n.trimLeft(),"day",1,31),{hours:s,minutes:i,seconds:o,fractionalMilliseconds:a})}throw new TypeError("Invalid RFC-7231 date-time value")},t.quoteHeader=function(e){return(e.includes(",")||e.includes('"'))&&(e=`"${e.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}"`),e},t.sdkStreamMixin=e=>{if(!(e instanceof h))try{return nt(e)}catch(t){throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${e?.__proto__?.constructor?.name||e}`)}let t=!1
const r=async()=>{if(t)throw new Error(at)
return t=!0,await it(e)}
return Object.assign(e,{transformToByteArray:r,transformToString:async e=>{const t=await r()
if(void 0===e||Buffer.isEncoding(e))return m(t.buffer,t.byteOffset,t.byteLength).toString(e)
return new TextDecoder(e).decode(t)},transformToWebStream:()=>{if(t)throw new Error(at)
if(null!==e.readableFlowing)throw new Error("The stream has been consumed by other callbacks.")
if("function"!=typeof h.toWeb)throw new Error("Readable.toWeb() is not supported. Please ensure a polyfill is available.")
return t=!0,h.toWeb(e)}})},t.serializerMiddleware=$e,t.serializerMiddlewareOption=Fe,t.splitEvery=function(e,t,r){if(r<=0||!Number.isInteger(r))throw new Error("Invalid number of delimiters ("+r+") for splitEvery.")
const n=e.split(t)
if(1===r)return n
const s=[]
let i=""
for(let e=0;e<n.length;e++)""===i?i=n[e]:i+=t+n[e],(e+1)%r===0&&(s.push(i),i="")
return""!==i&&s.push(i),s},t.splitHeader=e=>{const t=e.length,r=[]
let n=!1,s=!1,i=0
for(let o=0;o<t;++o){const t=e[o]
switch(t){case'"':s||(n=!n)
break
case",":n||(r.push(e.slice(i,o)),i=o+1)}s="\\"===t&&!s}return r.push(e.slice(i)),r.map(e=>{const t=(e=e.trim()).length
return t<2?e:'"'===e[0]&&'"'===e[t-1]?(e=e.slice(1,t-1)).replace(/\\(["\\])/g,"$1"):e.replace(/\\"/g,'"')})},t.splitStream=async function(e){if(ze(e)||He(e))return async function(e){return"function"==typeof e.stream&&(e=e.stream()),e.tee()}(e)
const t=new p,r=new p
return e.pipe(t),e.pipe(r),[t,r]},t.streamCollector=it,t.strictParseByte=G,t.strictParseDouble=M,t.strictParseFloat=$,t.strictParseFloat32=U,t.strictParseInt=q,t.strictParseInt32=e=>R("string"==typeof e?L(e):e),t.strictParseLong=V,t.strictParseShort=W,t.toBase64=E,t.toHex=Oe,t.toUint8Array=Pe,t.toUtf8=v,t.v4=ut,t.writeKey=function(e){Object.defineProperty(e,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}},9928:(e,t,r)=>{const{SMITHY_CONTEXT_KEY:n}=r(5192)
function s(e,t){return Object.prototype.hasOwnProperty.call(e,t)}class i{method
protocol
hostname
port
path
query
headers
username
password
fragment
body
constructor(e){this.method=e.method||"GET",this.hostname=e.hostname||"localhost",this.port=e.port,this.query=e.query||{},this.headers=e.headers||{},this.body=e.body,this.protocol=e.protocol?":"!==e.protocol.slice(-1)?`${e.protocol}:`:e.protocol:"https:",this.path=e.path?"/"!==e.path.charAt(0)?`/${e.path}`:e.path:"/",this.username=e.username,this.password=e.password,this.fragment=e.fragment}static clone(e){const t=new i({...e,headers:{...e.headers}})
var r
return t.query&&(t.query=(r=t.query,Object.keys(r).reduce((e,t)=>{const n=r[t]
return{...e,[t]:Array.isArray(n)?[...n]:n}},{}))),t}static isInstance(e){if(!e)return!1
const t=e
return"method"in t&&"protocol"in t&&"hostname"in t&&"path"in t&&"object"==typeof t.query&&"object"==typeof t.headers}clone(){return i.clone(this)}}const o=new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"),a=(e,t=!1)=>{if(!t)return o.test(e)
const r=e.split(".")
for(const e of r)if(!a(e))return!1
return!0}
function c(e){const t={}
if(e=e.replace(/^\?/,""))for(const r of e.split("&")){let[e,n=null]=r.split("=")
e=decodeURIComponent(e),n&&(n=decodeURIComponent(n)),e in t?Array.isArray(t[e])?t[e].push(n):t[e]=[t[e],n]:t[e]=n}return t}const u=e=>{if("string"==typeof e)return u(new URL(e))
const{hostname:t,pathname:r,port:n,protocol:s,search:i}=e
let o
return i&&(o=c(i)),{hostname:t,port:n?parseInt(n):void 0,protocol:s,path:r,query:o}}
t.HttpRequest=i,t.HttpResponse=class{statusCode
reason
headers
body
constructor(e){this.statusCode=e.statusCode,this.reason=e.reason,this.headers=e.headers||{},this.body=e.body}static isInstance(e){if(!e)return!1
const t=e
return"number"==typeof t.statusCode&&"object"==typeof t.headers}},t.getSmithyContext=e=>e[n]||(e[n]={}),t.hasOwn=s,t.isValidHostLabel=a,t.isValidHostname=function(e){return/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(e)},t.normalizeProvider=e=>{if("function"==typeof e)return e
const t=Promise.resolve(e)
return()=>t},t.parseQueryString=c,t.parseUrl=u,t.toEndpointV1=e=>{if("object"==typeof e){if("url"in e){const t=u(e.url)
if(e.headers){t.headers={}
for(const r in e.headers)s(e.headers,r)&&(t.headers[r.toLowerCase()]=e.headers[r].join(", "))}return t}return e}return u(e)}},3916:(e,t,r)=>{const{ProviderError:n,CredentialsProviderError:s,loadConfig:i}=r(3433),o=r(7067),{parseUrl:a}=r(284),c=e=>Boolean(e)&&"object"==typeof e&&"string"==typeof e.AccessKeyId&&"string"==typeof e.SecretAccessKey&&"string"==typeof e.Token&&"string"==typeof e.Expiration,u=e=>({accessKeyId:e.AccessKeyId,secretAccessKey:e.SecretAccessKey,sessionToken:e.Token,expiration:new Date(e.Expiration),...e.AccountId&&{accountId:e.AccountId}}),l=({maxRetries:e=0,timeout:t=1e3})=>({maxRetries:e,timeout:t})
function d(e){return new Promise((t,r)=>{const s=o.request({method:"GET",...e,hostname:e.hostname?.replace(/^\[(.+)\]$/,"$1")})
s.on("error",e=>{r(Object.assign(new n("Unable to connect to instance metadata service"),e)),s.destroy()}),s.on("timeout",()=>{r(new n("TimeoutError from instance metadata service")),s.destroy()}),s.on("response",e=>{const{statusCode:i=400}=e;(i<200||300<=i)&&(r(Object.assign(new n("Error response received from instance metadata service"),{statusCode:i})),s.destroy())
const o=[]
e.on("data",e=>{o.push(e)}),e.on("end",()=>{t(Buffer.concat(o)),s.destroy()})}),s.end()})}const h=(e,t)=>{let r=e()
for(let n=0;n<t;n++)r=r.catch(e)
return r},f="AWS_CONTAINER_CREDENTIALS_FULL_URI",p="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",g="AWS_CONTAINER_AUTHORIZATION_TOKEN",m=async(e,t)=>{process.env[g]&&(t.headers={...t.headers,Authorization:process.env[g]})
return(await d({...t,timeout:e})).toString()},y=new Set(["localhost","127.0.0.1"]),w=new Set(["http:","https:"]),S=async({logger:e})=>{if(process.env[p])return{hostname:"169.254.170.2",path:process.env[p]}
if(process.env[f]){let t
try{t=new URL(process.env[f])}catch{throw new s(`${process.env[f]} is not a valid container metadata service URL`,{tryNextLink:!1,logger:e})}if(!t.hostname||!y.has(t.hostname))throw new s(`${t.hostname} is not a valid container metadata service hostname`,{tryNextLink:!1,logger:e})
if(!t.protocol||!w.has(t.protocol))throw new s(`${t.protocol} is not a valid container metadata service protocol`,{tryNextLink:!1,logger:e})
return{protocol:t.protocol,hostname:t.hostname,path:t.pathname+t.search,port:t.port?parseInt(t.port,10):void 0}}throw new s(`The container metadata credential provider cannot be used unless the ${p} or ${f} environment variable is set`,{tryNextLink:!1,logger:e})}
class b extends s{tryNextLink
name="InstanceMetadataV1FallbackError"
constructor(e,t=!0){super(e,t),this.tryNextLink=t,Object.setPrototypeOf(this,b.prototype)}}var E
!function(e){e.IPv4="http://169.254.169.254",e.IPv6="http://[fd00:ec2::254]"}(E||(E={}))
const v={environmentVariableSelector:e=>e.AWS_EC2_METADATA_SERVICE_ENDPOINT,configFileSelector:e=>e.ec2_metadata_service_endpoint,default:void 0}
var C
!function(e){e.IPv4="IPv4",e.IPv6="IPv6"}(C||(C={}))
const A={environmentVariableSelector:e=>e.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE,configFileSelector:e=>e.ec2_metadata_service_endpoint_mode,default:C.IPv4},T=async()=>a(await x()||await I()),x=async()=>i(v)(),I=async()=>{const e=await i(A)()
switch(e){case C.IPv4:return E.IPv4
case C.IPv6:return E.IPv6
default:throw new Error(`Unsupported endpoint mode: ${e}. Select from ${Object.values(C)}`)}},_=(e,t)=>{const r=300+Math.floor(300*Math.random()),n=new Date(Date.now()+1e3*r)
t.warn(`Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be attempted after ${new Date(n)}.\nFor more information, please visit: https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html`)
const s=e.originalExpiration??e.expiration
return{...e,...s?{originalExpiration:s}:{},expiration:n}},R="/latest/meta-data/iam/security-credentials/",k="AWS_EC2_METADATA_V1_DISABLED",O="ec2_metadata_v1_disabled",P="x-aws-ec2-metadata-token",N=(e={})=>{let t=!1
const{logger:r,profile:n}=e,{timeout:o,maxRetries:a}=l(e),c=async(r,o)=>{if(t||null==o.headers?.[P]){let t=!1,r=!1
const o=await i({environmentVariableSelector:t=>{const n=t[k]
if(r=!!n&&"false"!==n,void 0===n)throw new s(`${k} not set in env, checking config file next.`,{logger:e.logger})
return r},configFileSelector:e=>{const r=e[O]
return t=!!r&&"false"!==r,t},default:!1},{profile:n})()
if(e.ec2MetadataV1Disabled||o){const n=[]
throw e.ec2MetadataV1Disabled&&n.push("credential provider initialization (runtime option ec2MetadataV1Disabled)"),t&&n.push(`config file profile (${O})`),r&&n.push(`process environment variable (${k})`),new b(`AWS EC2 Metadata v1 fallback has been blocked by AWS SDK configuration in the following: [${n.join(", ")}].`)}}const a=(await h(async()=>{let e
try{e=await M(o)}catch(e){throw 401===e.statusCode&&(t=!1),e}return e},r)).trim()
return h(async()=>{let r
try{r=await $(a,o,e)}catch(e){throw 401===e.statusCode&&(t=!1),e}return r},r)}
return async()=>{const e=await T()
if(t)return r?.debug("AWS SDK Instance Metadata","using v1 fallback (no token fetch)"),c(a,{...e,timeout:o})
{let n
try{n=(await D({...e,timeout:o})).toString()}catch(n){if(400===n?.statusCode)throw Object.assign(n,{message:"EC2 Metadata token request returned error"})
return("TimeoutError"===n.message||[403,404,405].includes(n.statusCode))&&(t=!0),r?.debug("AWS SDK Instance Metadata","using v1 fallback (initial)"),c(a,{...e,timeout:o})}return c(a,{...e,headers:{[P]:n},timeout:o})}}},D=async e=>d({...e,path:"/latest/api/token",method:"PUT",headers:{"x-aws-ec2-metadata-token-ttl-seconds":"21600"}}),M=async e=>(await d({...e,path:R})).toString(),$=async(e,t,r)=>{const n=JSON.parse((await d({...t,path:R+e})).toString())
if(!c(n))throw new s("Invalid response received from instance metadata service.",{logger:r.logger})
return u(n)}
t.DEFAULT_MAX_RETRIES=0,t.DEFAULT_TIMEOUT=1e3,t.ENV_CMDS_AUTH_TOKEN=g,t.ENV_CMDS_FULL_URI=f,t.ENV_CMDS_RELATIVE_URI=p,t.Endpoint=E,t.fromContainerMetadata=(e={})=>{const{timeout:t,maxRetries:r}=l(e)
return()=>h(async()=>{const r=await S({logger:e.logger}),n=JSON.parse(await m(t,r))
if(!c(n))throw new s("Invalid response received from instance metadata service.",{logger:e.logger})
return u(n)},r)},t.fromInstanceMetadata=(e={})=>((e,t={})=>{const r=t?.logger||console
let n
return async()=>{let t
try{t=await e(),t.expiration&&t.expiration.getTime()<Date.now()&&(t=_(t,r))}catch(e){if(!n)throw e
r.warn("Credential renew failed: ",e),t=_(n,r)}return n=t,t}})(N(e),{logger:e.logger}),t.getInstanceMetadataEndpoint=T,t.httpRequest=d,t.providerConfigFromInit=l},7105:(e,t,r)=>{const{hasOwn:n}=r(1892),{streamCollector:s}=r(1892)
t.streamCollector=s
const{buildQueryString:i,HttpResponse:o}=r(284),a=r(4708),{Readable:c}=r(7075),u=r(2467)
function l(e){const t=e&&"object"==typeof e&&"reason"in e?e.reason:void 0
if(t){if(t instanceof Error){const e=new Error("Request aborted")
return e.name="AbortError",e.cause=t,e}const e=new Error(String(t))
return e.name="AbortError",e}const r=new Error("Request aborted")
return r.name="AbortError",r}const d=["ECONNRESET","EPIPE","ETIMEDOUT"],h=e=>{const t={}
for(const r in e){if(!n(e,r))continue
const s=e[r]
t[r]=Array.isArray(s)?s.join(","):s}return t},f=(e,t)=>setTimeout(e,t),p=e=>clearTimeout(e),g=e=>{const t=e?.defaultSocketTimeout
return"number"==typeof t&&Number.isFinite(t)&&t>0?t:void 0},m=(e,t,r=0,n=!1)=>{if(!Number.isFinite(r)||r<=0)return
let s
e.once("response",e=>s=e)
const i=()=>{if(s?.complete)return void e.socket?.destroy()
const i=Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${n?"service default socket timeout":"configured by client requestHandler"}).`),{name:"TimeoutError"})
s?.destroy(i),e.destroy(),t(i)},o=()=>{const{socket:t}=e
t?t.connecting?t.once("connect",o):(t.setTimeout(r,i),e.on("close",()=>t.removeListener("timeout",i))):e.once("socket",o)}
if(r<6e3)return void o()
const a=f(o,3e3)
e.once("close",()=>p(a))}
async function y(e,t,r=6e3,n=!1){const s=t.headers,i=s?s.Expect||s.expect:void 0
let o=-1,a=!0
n||"100-continue"!==i||(a=await Promise.race([new Promise(e=>{o=Number(f(()=>e(!0),Math.max(6e3,r)))}),new Promise(t=>{e.on("continue",()=>{p(o),t(!0)}),e.on("response",()=>{p(o),t(!1)}),e.on("error",()=>{p(o),t(!1)})})])),a&&function(e,t){if(t instanceof c)return void t.pipe(e)
if(t){const r=Buffer.isBuffer(t)
if(r||"string"==typeof t)return void(r&&0===t.byteLength?e.end():e.end(t))
const n=t
return"object"==typeof n&&n.buffer&&"number"==typeof n.byteOffset&&"number"==typeof n.byteLength?void e.end(Buffer.from(n.buffer,n.byteOffset,n.byteLength)):void e.end(Buffer.from(t))}e.end()}(e,t.body)}let w,S
class b{config
configProvider
socketWarningTimestamp=0
externalAgent=!1
metadata={handlerProtocol:"http/1.1"}
static create(e){return"function"==typeof e?.handle?e:new b(e)}static checkSocketUsage(e,t,r=console){const{sockets:s,requests:i,maxSockets:o}=e
if("number"!=typeof o||o===1/0)return t
if(Date.now()-15e3<t)return t
if(s&&i)for(const e in s){if(!n(s,e))continue
const t=s[e]?.length??0,a=i[e]?.length??0
if(t>=o&&a>=2*o)return r?.warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${t} and ${a} additional requests are enqueued.\nSee https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html\nor increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),Date.now()}return t}constructor(e){this.configProvider=new Promise((t,r)=>{"function"==typeof e?e().then(e=>{t(this.resolveDefaultConfig(e))}).catch(r):t(this.resolveDefaultConfig(e))})}destroy(){this.config?.httpAgent?.destroy(),this.config?.httpsAgent?.destroy()}async handle(e,{abortSignal:t,requestTimeout:r}={}){this.config||(this.config=await this.configProvider)
const n=this.config,s=n.logger,c="https:"===e.protocol
return c||this.config.httpAgent||(this.config.httpAgent=await this.config.httpAgentProvider()),new Promise((u,E)=>{let v,C=-1,A=-1,T=-1,x=-1
const I=()=>{p(C),p(A),p(T),p(x)},_=async e=>{await v,I(),E(e)}
if(t?.aborted){const e=l(t)
return void _(e)}const R=e.headers,k=!!R&&"100-continue"===(R.Expect??R.expect)
let O=c?n.httpsAgent:n.httpAgent
k&&!this.externalAgent&&(O=new(c?a.Agent:w)({keepAlive:!1,maxSockets:1/0})),C=f(()=>{this.socketWarningTimestamp=b.checkSocketUsage(O,this.socketWarningTimestamp,s)},n.socketAcquisitionWarningTimeout??(n.requestTimeout??2e3)+(n.connectionTimeout??1e3))
const P=e.query?i(e.query):""
let N
if(null!=e.username||null!=e.password){N=`${e.username??""}:${e.password??""}`}let D=e.path
P&&(D+=`?${P}`),e.fragment&&(D+=`#${e.fragment}`)
let M=e.hostname??""
M="["===M[0]&&M.endsWith("]")?e.hostname.slice(1,-1):e.hostname
const $={headers:e.headers,host:M,method:e.method,path:D,port:e.port,agent:O,auth:N},U=(c?a.request:S)($,e=>{(async e=>{await v,I(),u(e)})({response:new o({statusCode:e.statusCode||-1,reason:e.statusMessage,headers:h(e.headers),body:e})})})
if(U.on("error",e=>{d.includes(e.code)?_(Object.assign(e,{name:"TimeoutError"})):_(e)}),t){const e=()=>{U.destroy()
const e=l(t)
_(e)}
if("function"==typeof t.addEventListener){const r=t
r.addEventListener("abort",e,{once:!0}),U.once("close",()=>r.removeEventListener("abort",e))}else t.onabort=e}const F=r??n.requestTimeout
A=((e,t,r=0)=>{if(!r)return-1
const n=n=>{const s=f(()=>{e.destroy(),t(Object.assign(new Error(`@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`),{name:"TimeoutError"}))},r-n),i=e=>{e?.connecting?e.on("connect",()=>{p(s)}):p(s)}
e.socket?i(e.socket):e.on("socket",i)}
return r<2e3?(n(0),0):f(n.bind(null,1e3),1e3)})(U,_,n.connectionTimeout),T=((e,t,r=0,n,s)=>r?f(()=>{let i=`@smithy/node-http-handler - [${n?"ERROR":"WARN"}] a request has exceeded the configured ${r} ms requestTimeout.`
if(n){const r=Object.assign(new Error(i),{name:"TimeoutError",code:"ETIMEDOUT"})
e.destroy(r),t(r)}else i+=" Init client requestHandler with throwOnRequestTimeout=true to turn this into an error.",s?.warn?.(i)},r):-1)(U,_,F,n.throwOnRequestTimeout,s??console)
const L=void 0===n.socketTimeout?g(n):void 0
L?m(U,_,L,!0):m(U,_,n.socketTimeout)
const B=$.agent
"object"==typeof B&&"keepAlive"in B&&(x=((e,{keepAlive:t,keepAliveMsecs:r},n=3e3)=>{if(!0!==t)return-1
const s=()=>{e.socket?e.socket.setKeepAlive(t,r||0):e.on("socket",e=>{e.setKeepAlive(t,r||0)})}
return 0===n?(s(),0):f(s,n)})(U,{keepAlive:B.keepAlive,keepAliveMsecs:B.keepAliveMsecs})),v=y(U,e,F,this.externalAgent).catch(e=>(I(),E(e)))})}updateHttpClientConfig(e,t){this.config=void 0,this.configProvider=this.configProvider.then(r=>{switch(e){case Symbol.for("logger"):e="logger",t=r.logger??t
break
case Symbol.for("@smithy/defaultSocketTimeout"):e="defaultSocketTimeout",t=g(r)??t}return{...r,[e]:t}})}httpHandlerConfigs(){return this.config??{}}resolveDefaultConfig(e){const{requestTimeout:t,connectionTimeout:n,socketTimeout:s,socketAcquisitionWarningTimeout:i,httpAgent:o,httpsAgent:c,throwOnRequestTimeout:u,logger:l}=e||{},d=!0
let h
return{connectionTimeout:n,requestTimeout:t,socketTimeout:s,defaultSocketTimeout:g(e),socketAcquisitionWarningTimeout:i,throwOnRequestTimeout:u,httpAgentProvider:()=>h??=(async()=>{const e=r(7067),{Agent:t,request:n}=e.default??e
return S=n,w=t,o instanceof w||"function"==typeof o?.destroy?(this.externalAgent=!0,o):new w({keepAlive:d,maxSockets:50,...o})})(),httpsAgent:(()=>c instanceof a.Agent||"function"==typeof c?.destroy?(this.externalAgent=!0,c):new a.Agent({keepAlive:d,maxSockets:50,...c}))(),logger:l}}}const E=new Uint16Array(1)
class v{id=E[0]++
total=0
max=0
session
refs=0
constructor(e){e.unref(),this.session=e}retain(){if(this.session.destroyed)throw new Error("@smithy/node-http-handler - cannot acquire reference to destroyed session.")
this.refs+=1,this.total+=1,this.max=Math.max(this.refs,this.max),this.session.ref()}free(){if(!this.session.destroyed&&(this.refs-=1,0===this.refs&&this.session.unref(),this.refs<0))throw new Error("@smithy/node-http-handler - ClientHttp2Session refcount at zero, cannot decrement.")}deref(){return this.session}close(){this.session.closed||this.session.close()}destroy(){this.refs=0,this.session.destroyed||(this.session.setTimeout(0),this.session.destroy())}useCount(){return this.refs}}class C{sessions=[]
maxConcurrency=0
constructor(e){this.sessions=(e??[]).map(e=>new v(e))}poll(){let e=!1
for(const t of this.sessions)if(t.deref().destroyed)e=!0
else if(!this.maxConcurrency||t.useCount()<this.maxConcurrency)return t
if(e)for(const e of this.sessions)e.deref().destroyed&&this.remove(e)}offerLast(e){this.sessions.push(e)}remove(e){const t=this.sessions.indexOf(e)
t>-1&&this.sessions.splice(t,1)}[Symbol.iterator](){return this.sessions[Symbol.iterator]()}setMaxConcurrency(e){this.maxConcurrency=e}destroy(e){this.remove(e),e.destroy()}}class A{config
connectOptions
connectionPools=new Map
constructor(e){if(this.config=e,this.config.maxConcurrency&&this.config.maxConcurrency<=0)throw new RangeError("maxConcurrency must be greater than zero.")}lease(e,t){const r=this.getUrlString(e),n=this.getPool(r)
if(!this.config.disableConcurrency&&!t.isEventStream){const e=n.poll()
if(e)return e.retain(),e}const s=new v(this.connect(r)),i=s.deref()
this.config.maxConcurrency&&i.settings({maxConcurrentStreams:this.config.maxConcurrency},t=>{if(t)throw new Error("Fail to set maxConcurrentStreams to "+this.config.maxConcurrency+"when creating new session for "+e.destination.toString())})
const o=()=>{this.removeFromPoolAndCheckedDestroy(r,s)}
return i.on("goaway",()=>{this.removeFromPoolAndClose(r,s)}),i.on("error",o),i.on("frameError",o),i.on("close",o),t.requestTimeout&&i.setTimeout(t.requestTimeout,o),n.offerLast(s),s.retain(),s}release(e,t){t.free()}createIsolatedSession(e,t){const r=this.getUrlString(e),n=new v(this.connect(r)),s=n.deref()
s.settings({maxConcurrentStreams:1})
const i=()=>{n.destroy()}
s.on("error",i),s.on("frameError",i),s.on("close",i)
const o=t.requestTimeout??3e5
return s.setTimeout(o,i),n.retain(),n}destroy(){for(const[e,t]of this.connectionPools){for(const e of[...t])e.destroy()
this.connectionPools.delete(e)}}setMaxConcurrentStreams(e){if(e&&e<=0)throw new RangeError("maxConcurrentStreams must be greater than zero.")
this.config.maxConcurrency=e
for(const t of this.connectionPools.values())t.setMaxConcurrency(e)}setDisableConcurrentStreams(e){this.config.disableConcurrency=e}setNodeHttp2ConnectOptions(e){this.connectOptions=e}debug(){const e={}
for(const[t,r]of this.connectionPools){const n=[]
for(const e of r)n.push({id:e.id,active:e.useCount(),maxConcurrent:e.max,totalRequests:e.total})
e[t]={sessions:n}}return e}removeFromPoolAndClose(e,t){this.connectionPools.get(e)?.remove(t),t.close()}removeFromPoolAndCheckedDestroy(e,t){this.connectionPools.get(e)?.remove(t),t.destroy()}getPool(e){if(!this.connectionPools.has(e)){const t=new C
this.config.maxConcurrency&&t.setMaxConcurrency(this.config.maxConcurrency),this.connectionPools.set(e,t)}return this.connectionPools.get(e)}getUrlString(e){return e.destination.toString()}connect(e){return void 0===this.connectOptions?u.connect(e):u.connect(e,this.connectOptions)}}const{constants:T}=u
class x{config
configProvider
metadata={handlerProtocol:"h2"}
connectionManager=new A({})
static create(e){return"function"==typeof e?.handle?e:new x(e)}constructor(e){this.configProvider=new Promise((t,r)=>{"function"==typeof e?e().then(e=>{t(e||{})}).catch(r):t(e||{})})}destroy(){this.connectionManager.destroy()}async handle(e,{abortSignal:t,requestTimeout:r,isEventStream:n}={}){if(!this.config){const e=await this.configProvider
this.config={...e,defaultSocketTimeout:g(e)}
const{disableConcurrentStreams:t,maxConcurrentStreams:r,nodeHttp2ConnectOptions:n}=this.config
this.connectionManager.setDisableConcurrentStreams(t??!1),r&&this.connectionManager.setMaxConcurrentStreams(r),n&&this.connectionManager.setNodeHttp2ConnectOptions(n)}const{requestTimeout:s,disableConcurrentStreams:a,sessionTimeout:c}=this.config,u=a||n,d=r??s,f=void 0===d&&void 0===c?this.config.defaultSocketTimeout:void 0
return new Promise((r,s)=>{let a,c=!1
const p=async e=>{await a,s(e)}
if(t?.aborted){c=!0
const e=l(t)
return void p(e)}const{hostname:g,method:m,port:w,protocol:S,query:b}=e
let E=""
if(null!=e.username||null!=e.password){E=`${e.username??""}:${e.password??""}@`}const v={destination:new URL(`${S}//${E}${g}${w?`:${w}`:""}`)},C={requestTimeout:this.config?.sessionTimeout,isEventStream:n},A=u?this.connectionManager.createIsolatedSession(v,C):this.connectionManager.lease(v,C),x=A.deref(),I=e=>{u&&A.destroy(),c=!0,p(e)},_=b?i(b):""
let R=e.path
_&&(R+=`?${_}`),e.fragment&&(R+=`#${e.fragment}`)
const k=x.request({...e.headers,[T.HTTP2_HEADER_PATH]:R,[T.HTTP2_HEADER_METHOD]:m})
if(d?k.setTimeout(d,()=>{k.close()
const e=new Error(`Stream timed out because of no activity for ${d} ms`)
e.name="TimeoutError",I(e)}):f&&(k.setTimeout(f,()=>{const e=new Error(`Stream timed out because of no activity for ${f} ms`)
e.name="TimeoutError",c=!0,p(e),k.destroy(e),u&&A.destroy()}),k.once("response",()=>k.setTimeout(f))),t){const e=()=>{k.close()
const e=l(t)
I(e)}
if("function"==typeof t.addEventListener){const r=t
r.addEventListener("abort",e,{once:!0}),k.once("close",()=>r.removeEventListener("abort",e))}else t.onabort=e}k.on("frameError",(e,t,r)=>{I(new Error(`Frame type id ${e} in stream id ${r} has failed with code ${t}.`))}),k.on("error",I),k.on("aborted",()=>{I(new Error(`HTTP/2 stream is abnormally aborted in mid-communication with result code ${k.rstCode}.`))}),k.on("response",e=>{const t=new o({statusCode:e[":status"]??-1,headers:h(e),body:k})
c=!0,(async e=>{await a,r(e)})({response:t}),u&&(x.close(),k.on("end",()=>{A.destroy()}))}),k.on("close",()=>{if(u?A.destroy():this.connectionManager.release(v,A),!c){const e=new Error("Unexpected error: http2 request did not get a response")
x.destroyed&&(e.name="TimeoutError"),I(e)}}),a=y(k,e,d)})}updateHttpClientConfig(e,t){this.config=void 0,this.configProvider=this.configProvider.then(r=>{if(e===Symbol.for("@smithy/defaultSocketTimeout"))e="defaultSocketTimeout",t=g(r)??t
return{...r,[e]:t}})}httpHandlerConfigs(){return this.config??{}}}t.DEFAULT_REQUEST_TIMEOUT=0,t.NodeHttp2Handler=x,t.NodeHttpHandler=b},2496:(e,t,r)=>{const{hasOwn:n,fromUtf8:s,fromHex:i,toHex:o,toUint8Array:a,writeKey:c,isArrayBuffer:u}=r(1892),{normalizeProvider:l}=r(8468),{escapeUri:d,HttpRequest:h}=r(284)
class f{format(e){const t=[]
for(const r in e){if(!n(e,r))continue
const i=s(r)
t.push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[r]))}const r=new Uint8Array(t.reduce((e,t)=>e+t.byteLength,0))
let i=0
for(const e of t)r.set(e,i),i+=e.byteLength
return r}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1])
case"byte":return Uint8Array.from([2,e.value])
case"short":const t=new DataView(new ArrayBuffer(3))
return t.setUint8(0,3),t.setInt16(1,e.value,!1),new Uint8Array(t.buffer)
case"integer":const r=new DataView(new ArrayBuffer(5))
return r.setUint8(0,4),r.setInt32(1,e.value,!1),new Uint8Array(r.buffer)
case"long":const n=new Uint8Array(9)
return n[0]=5,n.set(e.value.bytes,1),n
case"binary":const o=new DataView(new ArrayBuffer(3+e.value.byteLength))
o.setUint8(0,6),o.setUint16(1,e.value.byteLength,!1)
const a=new Uint8Array(o.buffer)
return a.set(e.value,3),a
case"string":const c=s(e.value),u=new DataView(new ArrayBuffer(3+c.byteLength))
u.setUint8(0,7),u.setUint16(1,c.byteLength,!1)
const l=new Uint8Array(u.buffer)
return l.set(c,3),l
case"timestamp":const d=new Uint8Array(9)
return d[0]=8,d.set(m.fromNumber(e.value.valueOf()).bytes,1),d
case"uuid":if(!g.test(e.value))throw new Error(`Invalid UUID received: ${e.value}`)
const h=new Uint8Array(17)
return h[0]=9,h.set(i(e.value.replace(/-/g,"")),1),h}}}var p
!function(e){e[e.boolTrue=0]="boolTrue",e[e.boolFalse=1]="boolFalse",e[e.byte=2]="byte",e[e.short=3]="short",e[e.integer=4]="integer",e[e.long=5]="long",e[e.byteArray=6]="byteArray",e[e.string=7]="string",e[e.timestamp=8]="timestamp",e[e.uuid=9]="uuid"}(p||(p={}))
const g=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/
class m{bytes
constructor(e){if(this.bytes=e,8!==e.byteLength)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>0x8000000000000000||e<-0x8000000000000000)throw new Error(`${e} is too large (or, if negative, too small) to represent as an Int64`)
const t=new Uint8Array(8)
for(let r=7,n=Math.abs(Math.round(e));r>-1&&n>0;r--,n/=256)t[r]=n
return e<0&&y(t),new m(t)}valueOf(){const e=this.bytes.slice(0),t=128&e[0]
return t&&y(e),parseInt(o(e),16)*(t?-1:1)}toString(){return String(this.valueOf())}}function y(e){for(let t=0;t<8;t++)e[t]^=255
for(let t=7;t>-1&&(e[t]++,0===e[t]);t--);}const w="X-Amz-Algorithm",S="X-Amz-Credential",b="X-Amz-Date",E="X-Amz-SignedHeaders",v="X-Amz-Expires",C="X-Amz-Signature",A="X-Amz-Security-Token",T="authorization",x=b.toLowerCase(),I="date",_=[T,x,I],R=C.toLowerCase(),k="x-amz-content-sha256",O=A.toLowerCase(),P={authorization:!0,"cache-control":!0,connection:!0,expect:!0,from:!0,"keep-alive":!0,"max-forwards":!0,pragma:!0,referer:!0,te:!0,trailer:!0,"transfer-encoding":!0,upgrade:!0,"user-agent":!0,"x-amzn-trace-id":!0},N=/^proxy-/,D=/^sec-/,M="AWS4-HMAC-SHA256",$="AWS4-HMAC-SHA256-PAYLOAD",U="UNSIGNED-PAYLOAD",F="aws4_request",L=604800,B=({query:e={}})=>{const t=[],r={}
for(const s in e){if(!n(e,s))continue
if(s.toLowerCase()===R)continue
const i=d(s)
t.push(i)
const o=e[s]
"string"==typeof o?r[i]=`${i}=${d(o)}`:Array.isArray(o)&&(r[i]=o.slice(0).reduce((e,t)=>e.concat([`${i}=${d(t)}`]),[]).sort().join("&"))}return t.sort().map(e=>r[e]).filter(e=>e).join("&")},z=e=>"number"==typeof e?new Date(1e3*e):"string"==typeof e?Number(e)?new Date(1e3*Number(e)):new Date(e):e
class H{service
regionProvider
credentialProvider
sha256
uriEscapePath
applyChecksum
constructor({applyChecksum:e,credentials:t,region:r,service:n,sha256:s,uriEscapePath:i=!0}){this.service=n,this.sha256=s,this.uriEscapePath=i,this.applyChecksum="boolean"!=typeof e||e,this.regionProvider=l(r),this.credentialProvider=l(t)}createCanonicalRequest(e,t,r){const n=Object.keys(t).sort()
return`${e.method}\n${this.getCanonicalPath(e)}\n${B(e)}\n${n.map(e=>`${e}:${t[e]}`).join("\n")}\n\n${n.join(";")}\n${r}`}async createStringToSign(e,t,r,n){const s=new this.sha256
s.update(a(r))
const i=await s.digest()
return`${n}\n${e}\n${t}\n${o(i)}`}getCanonicalPath({path:e}){if(this.uriEscapePath){const t=[]
for(const r of e.split("/"))0!==r?.length&&"."!==r&&(".."===r?t.pop():t.push(r))
const r=`${e?.startsWith("/")?"/":""}${t.join("/")}${t.length>0&&e?.endsWith("/")?"/":""}`
return d(r).replace(/%2F/g,"/")}return e}validateResolvedCredentials(e){if("object"!=typeof e||"string"!=typeof e.accessKeyId||"string"!=typeof e.secretAccessKey)throw new Error("Resolved credential object is not valid")}formatDate(e){const t=(r=e,z(r).toISOString().replace(/\.\d{3}Z$/,"Z")).replace(/[-:]/g,"")
var r
return{longDate:t,shortDate:t.slice(0,8)}}getCanonicalHeaderList(e){return Object.keys(e).sort().join(";")}}const j={},V=[],q=(e,t,r)=>`${e}/${t}/${r}/${F}`,W=async(e,t,r,n,s)=>{const i=await G(e,t.secretAccessKey,t.accessKeyId),a=`${r}:${n}:${s}:${o(i)}:${t.sessionToken}`
if(a in j)return j[a]
for(V.push(a);V.length>50;)delete j[V.shift()]
let c=`AWS4${t.secretAccessKey}`
for(const t of[r,n,s,F])c=await G(e,c,t)
return j[a]=c},G=(e,t,r)=>{const n=new e(t)
return n.update(a(r)),n.digest()},K=({headers:e},t,r)=>{const s={}
for(const i of Object.keys(e).sort()){if(null==e[i])continue
const o=i.toLowerCase();(n(P,o)||t?.has(o)||N.test(o)||D.test(o))&&(!r||r&&!r.has(o))||("__proto__"===o&&c(s),s[o]=e[i].replace(/[\r\n]/g," ").replace(/[ \t]+/g," ").replace(/^ | $/g,""))}return s},J=async({headers:e,body:t},r)=>{for(const t in e)if(n(e,t)&&t.toLowerCase()===k)return e[t]
if(null==t)return"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
if("string"==typeof t||ArrayBuffer.isView(t)||u(t)){const e=new r
return e.update(a(t)),o(await e.digest())}return U},Q=(e,t)=>{e=e.toLowerCase()
for(const r in t)if(n(t,r)&&e===r.toLowerCase())return!0
return!1},Y=(e,t={})=>{const{headers:r,query:s={}}=h.clone(e)
for(const e in r){if(!n(r,e))continue
const i=e.toLowerCase();("x-amz-"===i.slice(0,6)&&!t.unhoistableHeaders?.has(i)||t.hoistableHeaders?.has(i))&&(s[e]=r[e],delete r[e])}return{...e,headers:r,query:s}},X=e=>{e=h.clone(e)
for(const t in e.headers)n(e.headers,t)&&_.indexOf(t.toLowerCase())>-1&&delete e.headers[t]
return e}
t.ALGORITHM_IDENTIFIER=M,t.ALGORITHM_IDENTIFIER_V4A="AWS4-ECDSA-P256-SHA256",t.ALGORITHM_QUERY_PARAM=w,t.ALWAYS_UNSIGNABLE_HEADERS=P,t.AMZ_DATE_HEADER=x,t.AMZ_DATE_QUERY_PARAM=b,t.AUTH_HEADER=T,t.CREDENTIAL_QUERY_PARAM=S,t.DATE_HEADER=I,t.EVENT_ALGORITHM_IDENTIFIER=$,t.EXPIRES_QUERY_PARAM=v,t.GENERATED_HEADERS=_,t.HOST_HEADER="host",t.KEY_TYPE_IDENTIFIER=F,t.MAX_CACHE_SIZE=50,t.MAX_PRESIGNED_TTL=L,t.PROXY_HEADER_PATTERN=N,t.REGION_SET_PARAM="X-Amz-Region-Set",t.SEC_HEADER_PATTERN=D,t.SHA256_HEADER=k,t.SIGNATURE_HEADER=R,t.SIGNATURE_QUERY_PARAM=C,t.SIGNED_HEADERS_QUERY_PARAM=E,t.SignatureV4=class extends H{headerFormatter=new f
constructor({applyChecksum:e,credentials:t,region:r,service:n,sha256:s,uriEscapePath:i=!0}){super({applyChecksum:e,credentials:t,region:r,service:n,sha256:s,uriEscapePath:i})}async presign(e,t={}){const{signingDate:r=new Date,expiresIn:n=3600,unsignableHeaders:s,unhoistableHeaders:i,signableHeaders:o,hoistableHeaders:a,signingRegion:c,signingService:u}=t,l=await this.credentialProvider()
this.validateResolvedCredentials(l)
const d=c??await this.regionProvider(),{longDate:h,shortDate:f}=this.formatDate(r)
if(n>L)return Promise.reject("Signature version 4 presigned URLs must have an expiration date less than one week in the future")
const p=q(f,d,u??this.service),g=Y(X(e),{unhoistableHeaders:i,hoistableHeaders:a})
l.sessionToken&&(g.query[A]=l.sessionToken),g.query[w]=M,g.query[S]=`${l.accessKeyId}/${p}`,g.query[b]=h,g.query[v]=n.toString(10)
const m=K(g,s,o)
return g.query[E]=this.getCanonicalHeaderList(m),g.query[C]=await this.getSignature(h,p,this.getSigningKey(l,d,f,u),this.createCanonicalRequest(g,m,await J(e,this.sha256))),g}async sign(e,t){return"string"==typeof e?this.signString(e,t):e.headers&&e.payload?this.signEvent(e,t):e.message?this.signMessage(e,t):this.signRequest(e,t)}async signEvent({headers:e,payload:t},{signingDate:r=new Date,priorSignature:n,signingRegion:s,signingService:i,eventStreamCredentials:a}){const c=s??await this.regionProvider(),{shortDate:u,longDate:l}=this.formatDate(r),d=q(u,c,i??this.service),h=await J({headers:{},body:t},this.sha256),f=new this.sha256
f.update(e)
const p=o(await f.digest()),g=[$,l,d,n,p,h].join("\n")
return this.signString(g,{signingDate:r,signingRegion:c,signingService:i,eventStreamCredentials:a})}async signMessage(e,{signingDate:t=new Date,signingRegion:r,signingService:n,eventStreamCredentials:s}){return this.signEvent({headers:this.headerFormatter.format(e.message.headers),payload:e.message.body},{signingDate:t,signingRegion:r,signingService:n,priorSignature:e.priorSignature,eventStreamCredentials:s}).then(t=>({message:e.message,signature:t}))}async signString(e,{signingDate:t=new Date,signingRegion:r,signingService:n,eventStreamCredentials:s}={}){const i=s??await this.credentialProvider()
this.validateResolvedCredentials(i)
const c=r??await this.regionProvider(),{shortDate:u}=this.formatDate(t),l=new this.sha256(await this.getSigningKey(i,c,u,n))
return l.update(a(e)),o(await l.digest())}async signRequest(e,{signingDate:t=new Date,signableHeaders:r,unsignableHeaders:n,signingRegion:s,signingService:i}={}){const o=await this.credentialProvider()
this.validateResolvedCredentials(o)
const a=s??await this.regionProvider(),c=X(e),{longDate:u,shortDate:l}=this.formatDate(t),d=q(l,a,i??this.service)
c.headers[x]=u,o.sessionToken&&(c.headers[O]=o.sessionToken)
const h=await J(c,this.sha256)
!Q(k,c.headers)&&this.applyChecksum&&(c.headers[k]=h)
const f=K(c,n,r),p=await this.getSignature(u,d,this.getSigningKey(o,a,l,i),this.createCanonicalRequest(c,f,h))
return c.headers[T]=`${M} Credential=${o.accessKeyId}/${d}, SignedHeaders=${this.getCanonicalHeaderList(f)}, Signature=${p}`,c}async getSignature(e,t,r,n){const s=await this.createStringToSign(e,t,n,M),i=new this.sha256(await r)
return i.update(a(s)),o(await i.digest())}getSigningKey(e,t,r,n){return W(this.sha256,e,r,t,n||this.service)}},t.SignatureV4Base=H,t.TOKEN_HEADER=O,t.TOKEN_QUERY_PARAM=A,t.UNSIGNABLE_PATTERNS=[/^proxy-/i,/^sec-/i],t.UNSIGNED_PAYLOAD=U,t.clearCredentialCache=()=>{V.length=0,Object.keys(j).forEach(e=>{delete j[e]})},t.createScope=q,t.getCanonicalHeaders=K,t.getCanonicalQuery=B,t.getPayloadHash=J,t.getSigningKey=W,t.hasHeader=Q,t.moveHeadersToQuery=Y,t.prepareRequest=X,t.signatureV4aContainer={SignatureV4a:null}},5192:(e,t)=>{var r,n,s,i
!function(e){e.HEADER="header",e.QUERY="query"}(r||(r={})),function(e){e.HEADER="header",e.QUERY="query"}(n||(n={})),function(e){e.HTTP="http",e.HTTPS="https"}(s||(s={})),function(e){e.MD5="md5",e.CRC32="crc32",e.CRC32C="crc32c",e.SHA1="sha1",e.SHA256="sha256"}(i||(i={}))
var o
!function(e){e[e.HEADER=0]="HEADER",e[e.TRAILER=1]="TRAILER"}(o||(o={}))
var a,c
!function(e){e.PROFILE="profile",e.SSO_SESSION="sso-session",e.SERVICES="services"}(a||(a={})),function(e){e.HTTP_0_9="http/0.9",e.HTTP_1_0="http/1.0",e.TDS_8_0="tds/8.0"}(c||(c={})),t.AlgorithmId=i,t.EndpointURLScheme=s,t.FieldPosition=o,t.HttpApiKeyAuthLocation=n,t.HttpAuthLocation=r,t.IniSectionType=a,t.RequestHandlerProtocol=c,t.SMITHY_CONTEXT_KEY="__smithy_context",t.getDefaultClientConfiguration=e=>(e=>{const t=[]
return void 0!==e.sha256&&t.push({algorithmId:()=>i.SHA256,checksumConstructor:()=>e.sha256}),null!=e.md5&&t.push({algorithmId:()=>i.MD5,checksumConstructor:()=>e.md5}),{addChecksumAlgorithm(e){t.push(e)},checksumAlgorithms:()=>t}})(e),t.resolveDefaultRuntimeConfig=e=>(e=>{const t={}
return e.checksumAlgorithms().forEach(e=>{t[e.algorithmId()]=e.checksumConstructor()}),t})(e)},6571:function(e){e.exports=function(){var e={AmazonBot:"amazonbot","Amazon Silk":"amazon_silk","Android Browser":"android",BaiduSpider:"baiduspider",Bada:"bada","Bertina Browser":"bertina",BingCrawler:"bingcrawler",Brave:"brave",BlackBerry:"blackberry","ChatGPT-User":"chatgpt_user",Chrome:"chrome",ClaudeBot:"claudebot",Chromium:"chromium",Diffbot:"diffbot",DuckDuckBot:"duckduckbot",DuckDuckGo:"duckduckgo",Electron:"electron",Epiphany:"epiphany",FacebookExternalHit:"facebookexternalhit",Firefox:"firefox",Freebox:"freebox",Focus:"focus",Generic:"generic","Google Search":"google_search",Googlebot:"googlebot",GPTBot:"gptbot","HeyTap Browser":"heytap","Internet Explorer":"ie",InternetArchiveCrawler:"internetarchivecrawler","K-Meleon":"k_meleon",Ladybird:"ladybird",LibreWolf:"librewolf",Linespider:"linespider",Maxthon:"maxthon","Meta-ExternalAds":"meta_externalads","Meta-ExternalAgent":"meta_externalagent","Meta-ExternalFetcher":"meta_externalfetcher","Meta-WebIndexer":"meta_webindexer","Microsoft Edge":"edge","MZ Browser":"mz","NAVER Whale Browser":"naver","OAI-SearchBot":"oai_searchbot",Omgilibot:"omgilibot",Opera:"opera","Opera Coast":"opera_coast","Pale Moon":"pale_moon",PerplexityBot:"perplexitybot","Perplexity-User":"perplexity_user",PhantomJS:"phantomjs",PingdomBot:"pingdombot",Puffin:"puffin",QQ:"qq",QQLite:"qqlite",QupZilla:"qupzilla",Roku:"roku",Safari:"safari",Sailfish:"sailfish","Samsung Internet for Android":"samsung_internet",SlackBot:"slackbot",SeaMonkey:"seamonkey",Sleipnir:"sleipnir","Sogou Browser":"sogou",Swing:"swing",Tizen:"tizen","UC Browser":"uc","Vivo Browser":"vivo",Vivaldi:"vivaldi","WebOS Browser":"webos",WeChat:"wechat",YahooSlurp:"yahooslurp","Yandex Browser":"yandex",YandexBot:"yandexbot",YouBot:"youbot"},t={amazonbot:"AmazonBot",amazon_silk:"Amazon Silk",android:"Android Browser",baiduspider:"BaiduSpider",bada:"Bada",bertina:"Bertina Browser",bingcrawler:"BingCrawler",blackberry:"BlackBerry",brave:"Brave",chatgpt_user:"ChatGPT-User",chrome:"Chrome",claudebot:"ClaudeBot",chromium:"Chromium",diffbot:"Diffbot",duckduckbot:"DuckDuckBot",duckduckgo:"DuckDuckGo",edge:"Microsoft Edge",electron:"Electron",epiphany:"Epiphany",facebookexternalhit:"FacebookExternalHit",firefox:"Firefox",freebox:"Freebox",focus:"Focus",generic:"Generic",google_search:"Google Search",googlebot:"Googlebot",gptbot:"GPTBot",heytap:"HeyTap Browser",ie:"Internet Explorer",internetarchivecrawler:"InternetArchiveCrawler",k_meleon:"K-Meleon",ladybird:"Ladybird",librewolf:"LibreWolf",linespider:"Linespider",maxthon:"Maxthon",meta_externalads:"Meta-ExternalAds",meta_externalagent:"Meta-ExternalAgent",meta_externalfetcher:"Meta-ExternalFetcher",meta_webindexer:"Meta-WebIndexer",mz:"MZ Browser",naver:"NAVER Whale Browser",oai_searchbot:"OAI-SearchBot",omgilibot:"Omgilibot",opera:"Opera",opera_coast:"Opera Coast",pale_moon:"Pale Moon",perplexitybot:"PerplexityBot",perplexity_user:"Perplexity-User",phantomjs:"PhantomJS",pingdombot:"PingdomBot",puffin:"Puffin",qq:"QQ Browser",qqlite:"QQ Browser Lite",qupzilla:"QupZilla",roku:"Roku",safari:"Safari",sailfish:"Sailfish",samsung_internet:"Samsung Internet for Android",seamonkey:"SeaMonkey",slackbot:"SlackBot",sleipnir:"Sleipnir",sogou:"Sogou Browser",swing:"Swing",tizen:"Tizen",uc:"UC Browser",vivo:"Vivo Browser",vivaldi:"Vivaldi",webos:"WebOS Browser",wechat:"WeChat",yahooslurp:"YahooSlurp",yandex:"Yandex Browser",yandexbot:"YandexBot",youbot:"YouBot"},r={bot:"bot",desktop:"desktop",mobile:"mobile",tablet:"tablet",tv:"tv"},n={Android:"Android",Bada:"Bada",BlackBerry:"BlackBerry",ChromeOS:"Chrome OS",HarmonyOS:"HarmonyOS",iOS:"iOS",Linux:"Linux",MacOS:"macOS",PlayStation4:"PlayStation 4",Roku:"Roku",Tizen:"Tizen",WebOS:"WebOS",Windows:"Windows",WindowsPhone:"Windows Phone"},s={Blink:"Blink",EdgeHTML:"EdgeHTML",Gecko:"Gecko",LibWeb:"LibWeb",Presto:"Presto",Trident:"Trident",WebKit:"WebKit"},i=function(){function r(){}return r.getFirstMatch=function(e,t){var r=t.match(e)
return r&&r.length>0&&r[1]||""},r.getSecondMatch=function(e,t){var r=t.match(e)
return r&&r.length>1&&r[2]||""},r.matchAndReturnConst=function(e,t,r){if(e.test(t))return r},r.isFirefoxOnIpad=function(e){var t=e.indexOf("Macintosh")
if(-1===t)return!1
var r=e.indexOf(" FxiOS",t+9)
return-1!==r&&-1!==e.indexOf("/",r+6)},r.getWindowsVersionName=function(e){switch(e){case"NT":return"NT"
case"XP":case"NT 5.1":return"XP"
case"NT 5.0":return"2000"
case"NT 5.2":return"2003"
case"NT 6.0":return"Vista"
case"NT 6.1":return"7"
case"NT 6.2":return"8"
case"NT 6.3":return"8.1"
case"NT 10.0":return"10"
default:return}},r.getMacOSVersionName=function(e){var t=e.split(".").splice(0,2).map(function(e){return parseInt(e,10)||0})
t.push(0)
var r=t[0],n=t[1]
if(10===r)switch(n){case 5:return"Leopard"
case 6:return"Snow Leopard"
case 7:return"Lion"
case 8:return"Mountain Lion"
case 9:return"Mavericks"
case 10:return"Yosemite"
case 11:return"El Capitan"
case 12:return"Sierra"
case 13:return"High Sierra"
case 14:return"Mojave"
case 15:return"Catalina"
default:return}switch(r){case 11:return"Big Sur"
case 12:return"Monterey"
case 13:return"Ventura"
case 14:return"Sonoma"
case 15:return"Sequoia"
default:return}},r.getAndroidVersionName=function(e){var t=e.split(".").splice(0,2).map(function(e){return parseInt(e,10)||0})
if(t.push(0),!(1===t[0]&&t[1]<5))return 1===t[0]&&t[1]<6?"Cupcake":1===t[0]&&t[1]>=6?"Donut":2===t[0]&&t[1]<2?"Eclair":2===t[0]&&2===t[1]?"Froyo":2===t[0]&&t[1]>2?"Gingerbread":3===t[0]?"Honeycomb":4===t[0]&&t[1]<1?"Ice Cream Sandwich":4===t[0]&&t[1]<4?"Jelly Bean":4===t[0]&&t[1]>=4?"KitKat":5===t[0]?"Lollipop":6===t[0]?"Marshmallow":7===t[0]?"Nougat":8===t[0]?"Oreo":9===t[0]?"Pie":void 0},r.getVersionPrecision=function(e){return e.split(".").length},r.compareVersions=function(e,t,n){void 0===n&&(n=!1)
var s=r.getVersionPrecision(e),i=r.getVersionPrecision(t),o=Math.max(s,i),a=0,c=r.map([e,t],function(e){var t=o-r.getVersionPrecision(e),n=e+new Array(t+1).join(".0")
return r.map(n.split("."),function(e){return new Array(20-e.length).join("0")+e}).reverse()})
for(n&&(a=o-Math.min(s,i)),o-=1;o>=a;){if(c[0][o]>c[1][o])return 1
if(c[0][o]===c[1][o]){if(o===a)return 0
o-=1}else if(c[0][o]<c[1][o])return-1}},r.map=function(e,t){var r,n=[]
if(Array.prototype.map)return Array.prototype.map.call(e,t)
for(r=0;r<e.length;r+=1)n.push(t(e[r]))
return n},r.find=function(e,t){var r,n
if(Array.prototype.find)return Array.prototype.find.call(e,t)
for(r=0,n=e.length;r<n;r+=1){var s=e[r]
if(t(s,r))return s}},r.assign=function(e){for(var t,r,n=e,s=arguments.length,i=new Array(s>1?s-1:0),o=1;o<s;o++)i[o-1]=arguments[o]
if(Object.assign)return Object.assign.apply(Object,[e].concat(i))
var a=function(){var e=i[t]
"object"==typeof e&&null!==e&&Object.keys(e).forEach(function(t){n[t]=e[t]})}
for(t=0,r=i.length;t<r;t+=1)a()
return e},r.getBrowserAlias=function(t){return e[t]},r.getBrowserTypeByAlias=function(e){return t[e]||""},r}(),o=/version\/(\d+(\.?_?\d+)+)/i,a=[{test:[/gptbot/i],describe:function(e){var t={name:"GPTBot"},r=i.getFirstMatch(/gptbot\/(\d+(\.\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/chatgpt-user/i],describe:function(e){var t={name:"ChatGPT-User"},r=i.getFirstMatch(/chatgpt-user\/(\d+(\.\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/oai-searchbot/i],describe:function(e){var t={name:"OAI-SearchBot"},r=i.getFirstMatch(/oai-searchbot\/(\d+(\.\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/claudebot/i,/claude-web/i,/claude-user/i,/claude-searchbot/i],describe:function(e){var t={name:"ClaudeBot"},r=i.getFirstMatch(/(?:claudebot|claude-web|claude-user|claude-searchbot)\/(\d+(\.\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/omgilibot/i,/webzio-extended/i],describe:function(e){var t={name:"Omgilibot"},r=i.getFirstMatch(/(?:omgilibot|webzio-extended)\/(\d+(\.\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/diffbot/i],describe:function(e){var t={name:"Diffbot"},r=i.getFirstMatch(/diffbot\/(\d+(\.\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/perplexitybot/i],describe:function(e){var t={name:"PerplexityBot"},r=i.getFirstMatch(/perplexitybot\/(\d+(\.\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/perplexity-user/i],describe:function(e){var t={name:"Perplexity-User"},r=i.getFirstMatch(/perplexity-user\/(\d+(\.\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/youbot/i],describe:function(e){var t={name:"YouBot"},r=i.getFirstMatch(/youbot\/(\d+(\.\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/meta-webindexer/i],describe:function(e){var t={name:"Meta-WebIndexer"},r=i.getFirstMatch(/meta-webindexer\/(\d+(\.\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/meta-externalads/i],describe:function(e){var t={name:"Meta-ExternalAds"},r=i.getFirstMatch(/meta-externalads\/(\d+(\.\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/meta-externalagent/i],describe:function(e){var t={name:"Meta-ExternalAgent"},r=i.getFirstMatch(/meta-externalagent\/(\d+(\.\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/meta-externalfetcher/i],describe:function(e){var t={name:"Meta-ExternalFetcher"},r=i.getFirstMatch(/meta-externalfetcher\/(\d+(\.\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/googlebot/i],describe:function(e){var t={name:"Googlebot"},r=i.getFirstMatch(/googlebot\/(\d+(\.\d+))/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/linespider/i],describe:function(e){var t={name:"Linespider"},r=i.getFirstMatch(/(?:linespider)(?:-[-\w]{1,64})?[\s/](\d+(\.\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/amazonbot/i],describe:function(e){var t={name:"AmazonBot"},r=i.getFirstMatch(/amazonbot\/(\d+(\.\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/bingbot/i],describe:function(e){var t={name:"BingCrawler"},r=i.getFirstMatch(/bingbot\/(\d+(\.\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/baiduspider/i],describe:function(e){var t={name:"BaiduSpider"},r=i.getFirstMatch(/baiduspider\/(\d+(\.\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/duckduckbot/i],describe:function(e){var t={name:"DuckDuckBot"},r=i.getFirstMatch(/duckduckbot\/(\d+(\.\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/ia_archiver/i],describe:function(e){var t={name:"InternetArchiveCrawler"},r=i.getFirstMatch(/ia_archiver\/(\d+(\.\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/facebookexternalhit/i,/facebookcatalog/i],describe:function(){return{name:"FacebookExternalHit"}}},{test:[/slackbot/i,/slack-imgProxy/i],describe:function(e){var t={name:"SlackBot"},r=i.getFirstMatch(/(?:slackbot|slack-imgproxy)(?:-[-\w]{1,64})?[\s/](\d+(\.\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/yahoo!?[\s/]*slurp/i],describe:function(){return{name:"YahooSlurp"}}},{test:[/yandexbot/i,/yandexmobilebot/i],describe:function(){return{name:"YandexBot"}}},{test:[/pingdom/i],describe:function(){return{name:"PingdomBot"}}},{test:[/opera/i],describe:function(e){var t={name:"Opera"},r=i.getFirstMatch(o,e)||i.getFirstMatch(/(?:opera)[\s/](\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/opr\/|opios/i],describe:function(e){var t={name:"Opera"},r=i.getFirstMatch(/(?:opr|opios)[\s/](\d+(?:\.\d+)*)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/SamsungBrowser/i],describe:function(e){var t={name:"Samsung Internet for Android"},r=i.getFirstMatch(o,e)||i.getFirstMatch(/(?:SamsungBrowser)[\s/](\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/Whale/i],describe:function(e){var t={name:"NAVER Whale Browser"},r=i.getFirstMatch(o,e)||i.getFirstMatch(/(?:whale)[\s/](\d+(?:\.\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/PaleMoon/i],describe:function(e){var t={name:"Pale Moon"},r=i.getFirstMatch(o,e)||i.getFirstMatch(/(?:PaleMoon)[\s/](\d+(?:\.\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/HeyTapBrowser/i],describe:function(e){var t={name:"HeyTap Browser"},r=i.getFirstMatch(/(?:HeyTapBrowser)[\s/](\d+(?:\.\d+)*)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/VivoBrowser/i],describe:function(e){var t={name:"Vivo Browser"},r=i.getFirstMatch(/(?:VivoBrowser)[\s/](\d+(?:\.\d+)*)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/MZBrowser/i],describe:function(e){var t={name:"MZ Browser"},r=i.getFirstMatch(/(?:MZBrowser)[\s/](\d+(?:\.\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/focus/i],describe:function(e){var t={name:"Focus"},r=i.getFirstMatch(/(?:focus)[\s/](\d+(?:\.\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/swing/i],describe:function(e){var t={name:"Swing"},r=i.getFirstMatch(/(?:swing)[\s/](\d+(?:\.\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/coast/i],describe:function(e){var t={name:"Opera Coast"},r=i.getFirstMatch(o,e)||i.getFirstMatch(/(?:coast)[\s/](\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/opt\/\d+(?:.?_?\d+)+/i],describe:function(e){var t={name:"Opera Touch"},r=i.getFirstMatch(/(?:opt)[\s/](\d+(\.?_?\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/\sbertina\//i],describe:function(e){var t={name:"Bertina Browser"},r=i.getFirstMatch(/(?:bertina)\/(\d+(\.?_?\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/yabrowser/i],describe:function(e){var t={name:"Yandex Browser"},r=i.getFirstMatch(/(?:yabrowser)[\s/](\d+(\.?_?\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/ucbrowser|ucmobile\//i,/\bucpc\//i,/\bubrowser\//i],describe:function(e){var t={name:"UC Browser"},r=i.getFirstMatch(/(?:ucbrowser[\s/]?|ucmobile\/|\bucpc\/|\bubrowser\/)(\d+(\.?_?\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/Maxthon|mxios/i],describe:function(e){var t={name:"Maxthon"},r=i.getFirstMatch(o,e)||i.getFirstMatch(/(?:Maxthon|mxios)[\s/](\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/epiphany/i],describe:function(e){var t={name:"Epiphany"},r=i.getFirstMatch(o,e)||i.getFirstMatch(/(?:epiphany)[\s/](\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/puffin/i],describe:function(e){var t={name:"Puffin"},r=i.getFirstMatch(o,e)||i.getFirstMatch(/(?:puffin)[\s/](\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/sleipnir/i],describe:function(e){var t={name:"Sleipnir"},r=i.getFirstMatch(o,e)||i.getFirstMatch(/(?:sleipnir)[\s/](\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/k-meleon/i],describe:function(e){var t={name:"K-Meleon"},r=i.getFirstMatch(o,e)||i.getFirstMatch(/(?:k-meleon)[\s/](\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/micromessenger/i],describe:function(e){var t={name:"WeChat"},r=i.getFirstMatch(/(?:micromessenger)[\s/](\d+(\.?_?\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/qqbrowser/i],describe:function(e){var t={name:/qqbrowserlite/i.test(e)?"QQ Browser Lite":"QQ Browser"},r=i.getFirstMatch(/(?:qqbrowserlite|qqbrowser)[/](\d+(\.?_?\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/msie|trident/i],describe:function(e){var t={name:"Internet Explorer"},r=i.getFirstMatch(/(?:msie |rv:)(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/\sedg\//i],describe:function(e){var t={name:"Microsoft Edge"},r=i.getFirstMatch(/\sedg\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/edg([ea]|ios)\//i],describe:function(e){var t={name:"Microsoft Edge"},r=i.getSecondMatch(/edg([ea]|ios)\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:function(e){return!!e.hasBrand("Vivaldi")||e.test(/vivaldi/i)},describe:function(e,t){var r={name:"Vivaldi"}
if(t){var n=t.getBrandVersion("Vivaldi")
if(n)return r.version=n,r}var s=i.getFirstMatch(/vivaldi\/(\d+(\.?_?\d+)+)/i,e)
return s&&(r.version=s),r}},{test:[/seamonkey/i],describe:function(e){var t={name:"SeaMonkey"},r=i.getFirstMatch(/seamonkey\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/sailfish/i],describe:function(e){var t={name:"Sailfish"},r=i.getFirstMatch(/sailfish\s?browser\/(\d+(\.\d+)?)/i,e)
return r&&(t.version=r),t}},{test:[/silk/i],describe:function(e){var t={name:"Amazon Silk"},r=i.getFirstMatch(/silk\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/phantom/i],describe:function(e){var t={name:"PhantomJS"},r=i.getFirstMatch(/phantomjs\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/slimerjs/i],describe:function(e){var t={name:"SlimerJS"},r=i.getFirstMatch(/slimerjs\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/blackberry|\bbb\d+/i,/rim\stablet/i],describe:function(e){var t={name:"BlackBerry"},r=i.getFirstMatch(o,e)||i.getFirstMatch(/blackberry[\d]+\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/(web|hpw)[o0]s/i],describe:function(e){var t={name:"WebOS Browser"},r=i.getFirstMatch(o,e)||i.getFirstMatch(/w(?:eb)?[o0]sbrowser\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/bada/i],describe:function(e){var t={name:"Bada"},r=i.getFirstMatch(/dolfin\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/tizen/i],describe:function(e){var t={name:"Tizen"},r=i.getFirstMatch(/(?:tizen\s?)?browser\/(\d+(\.?_?\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/qupzilla/i],describe:function(e){var t={name:"QupZilla"},r=i.getFirstMatch(/(?:qupzilla)[\s/](\d+(\.?_?\d+)+)/i,e)||i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/librewolf/i],describe:function(e){var t={name:"LibreWolf"},r=i.getFirstMatch(/(?:librewolf)[\s/](\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/firefox|iceweasel|fxios/i],describe:function(e){var t={name:"Firefox"},r=i.getFirstMatch(/(?:firefox|iceweasel|fxios)[\s/](\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/electron/i],describe:function(e){var t={name:"Electron"},r=i.getFirstMatch(/(?:electron)\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/sogoumobilebrowser/i,/metasr/i,/se 2\.[x]/i],describe:function(e){var t={name:"Sogou Browser"},r=i.getFirstMatch(/(?:sogoumobilebrowser)[\s/](\d+(\.?_?\d+)+)/i,e),n=i.getFirstMatch(/(?:chrome|crios|crmo)\/(\d+(\.?_?\d+)+)/i,e),s=i.getFirstMatch(/se ([\d.]+)x/i,e),o=r||n||s
return o&&(t.version=o),t}},{test:[/MiuiBrowser/i],describe:function(e){var t={name:"Miui"},r=i.getFirstMatch(/(?:MiuiBrowser)[\s/](\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:function(e){return!!e.hasBrand("DuckDuckGo")||e.test(/\sDdg\/[\d.]+$/i)},describe:function(e,t){var r={name:"DuckDuckGo"}
if(t){var n=t.getBrandVersion("DuckDuckGo")
if(n)return r.version=n,r}var s=i.getFirstMatch(/\sDdg\/([\d.]+)$/i,e)
return s&&(r.version=s),r}},{test:function(e){return e.hasBrand("Brave")},describe:function(e,t){var r={name:"Brave"}
if(t){var n=t.getBrandVersion("Brave")
if(n)return r.version=n,r}return r}},{test:[/chromium/i],describe:function(e){var t={name:"Chromium"},r=i.getFirstMatch(/(?:chromium)[\s/](\d+(\.?_?\d+)+)/i,e)||i.getFirstMatch(o,e)||i.getFirstMatch(/(?:chrome)\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/ladybird/i],describe:function(e){var t={name:"Ladybird"},r=i.getFirstMatch(/ladybird\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/chrome|crios|crmo/i],describe:function(e){var t={name:"Chrome"},r=i.getFirstMatch(/(?:chrome|crios|crmo)\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/\bGSA\//i],describe:function(e){var t={name:"Google Search"},r=i.getFirstMatch(/(?:GSA)\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:function(e){var t=!e.test(/like android/i),r=e.test(/android/i)
return t&&r},describe:function(e){var t={name:"Android Browser"},r=i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/playstation 4/i],describe:function(e){var t={name:"PlayStation 4"},r=i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/freebox/i],describe:function(e){var t={name:"Freebox"},r=i.getFirstMatch(/navigateur web\/(\d+(\.\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/safari|applewebkit/i],describe:function(e){var t={name:"Safari"},r=i.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/.*/i],describe:function(e){var t=-1!==e.search("\\(")?/^(.*)\/([^/]*)[ \t]\((.*)/:/^(.*)\/([^/]*) /
return{name:i.getFirstMatch(t,e),version:i.getSecondMatch(t,e)}}}],c=[{test:[/Roku\/DVP/],describe:function(e){var t=i.getFirstMatch(/Roku\/DVP-(\d+\.\d+)/i,e)
return{name:n.Roku,version:t}}},{test:[/windows phone/i],describe:function(e){var t=i.getFirstMatch(/windows phone (?:os)?\s?(\d+(\.\d+)*)/i,e)
return{name:n.WindowsPhone,version:t}}},{test:[/windows /i],describe:function(e){var t=i.getFirstMatch(/Windows ((NT|XP)( \d\d?.\d)?)/i,e),r=i.getWindowsVersionName(t)
return{name:n.Windows,version:t,versionName:r}}},{test:function(e){return i.isFirefoxOnIpad(e.getUA())},describe:function(e){var t={name:n.iOS},r=i.getSecondMatch(/(Version\/)(\d[\d.]+)/,e)
return r&&(t.version=r),t}},{test:[/macintosh/i],describe:function(e){var t=i.getFirstMatch(/mac os x (\d+(\.?_?\d+)+)/i,e).replace(/[_\s]/g,"."),r=i.getMacOSVersionName(t),s={name:n.MacOS,version:t}
return r&&(s.versionName=r),s}},{test:[/(ipod|iphone|ipad)/i],describe:function(e){var t=i.getFirstMatch(/os (\d+([_\s]\d+)*) like mac os x/i,e).replace(/[_\s]/g,"."),r=i.getFirstMatch(/version\/(\d+(\.\d+)*) mobile\/\w+ safari\//i,e)
return/^18(\.|$)/.test(t)&&parseInt(r,10)>=26&&(t=r),{name:n.iOS,version:t}}},{test:[/OpenHarmony/i],describe:function(e){var t=i.getFirstMatch(/OpenHarmony\s+(\d+(\.\d+)*)/i,e)
return{name:n.HarmonyOS,version:t}}},{test:function(e){var t=!e.test(/like android/i),r=e.test(/android/i)
return t&&r},describe:function(e){var t=i.getFirstMatch(/android[\s/-](\d+(\.\d+)*)/i,e),r=i.getAndroidVersionName(t),s={name:n.Android,version:t}
return r&&(s.versionName=r),s}},{test:[/(web|hpw)[o0]s/i],describe:function(e){var t=i.getFirstMatch(/(?:web|hpw)[o0]s\/(\d+(\.\d+)*)/i,e),r={name:n.WebOS}
return t&&t.length&&(r.version=t),r}},{test:[/blackberry|\bbb\d+/i,/rim\stablet/i],describe:function(e){var t=i.getFirstMatch(/rim\stablet\sos\s(\d+(\.\d+)*)/i,e)||i.getFirstMatch(/blackberry\d+\/(\d+([_\s]\d+)*)/i,e)||i.getFirstMatch(/\bbb(\d+)/i,e)
return{name:n.BlackBerry,version:t}}},{test:[/bada/i],describe:function(e){var t=i.getFirstMatch(/bada\/(\d+(\.\d+)*)/i,e)
return{name:n.Bada,version:t}}},{test:[/tizen/i],describe:function(e){var t=i.getFirstMatch(/tizen[/\s](\d+(\.\d+)*)/i,e)
return{name:n.Tizen,version:t}}},{test:[/linux/i],describe:function(){return{name:n.Linux}}},{test:[/CrOS/],describe:function(){return{name:n.ChromeOS}}},{test:[/PlayStation 4/],describe:function(e){var t=i.getFirstMatch(/PlayStation 4[/\s](\d+(\.\d+)*)/i,e)
return{name:n.PlayStation4,version:t}}}],u=[{test:[/googlebot/i],describe:function(){return{type:r.bot,vendor:"Google"}}},{test:[/linespider/i],describe:function(){return{type:r.bot,vendor:"Line"}}},{test:[/amazonbot/i],describe:function(){return{type:r.bot,vendor:"Amazon"}}},{test:[/gptbot/i],describe:function(){return{type:r.bot,vendor:"OpenAI"}}},{test:[/chatgpt-user/i],describe:function(){return{type:r.bot,vendor:"OpenAI"}}},{test:[/oai-searchbot/i],describe:function(){return{type:r.bot,vendor:"OpenAI"}}},{test:[/baiduspider/i],describe:function(){return{type:r.bot,vendor:"Baidu"}}},{test:[/bingbot/i],describe:function(){return{type:r.bot,vendor:"Bing"}}},{test:[/duckduckbot/i],describe:function(){return{type:r.bot,vendor:"DuckDuckGo"}}},{test:[/claudebot/i,/claude-web/i,/claude-user/i,/claude-searchbot/i],describe:function(){return{type:r.bot,vendor:"Anthropic"}}},{test:[/omgilibot/i,/webzio-extended/i],describe:function(){return{type:r.bot,vendor:"Webz.io"}}},{test:[/diffbot/i],describe:function(){return{type:r.bot,vendor:"Diffbot"}}},{test:[/perplexitybot/i],describe:function(){return{type:r.bot,vendor:"Perplexity AI"}}},{test:[/perplexity-user/i],describe:function(){return{type:r.bot,vendor:"Perplexity AI"}}},{test:[/youbot/i],describe:function(){return{type:r.bot,vendor:"You.com"}}},{test:[/ia_archiver/i],describe:function(){return{type:r.bot,vendor:"Internet Archive"}}},{test:[/meta-webindexer/i],describe:function(){return{type:r.bot,vendor:"Meta"}}},{test:[/meta-externalads/i],describe:function(){return{type:r.bot,vendor:"Meta"}}},{test:[/meta-externalagent/i],describe:function(){return{type:r.bot,vendor:"Meta"}}},{test:[/meta-externalfetcher/i],describe:function(){return{type:r.bot,vendor:"Meta"}}},{test:[/facebookexternalhit/i,/facebookcatalog/i],describe:function(){return{type:r.bot,vendor:"Meta"}}},{test:[/slackbot/i,/slack-imgProxy/i],describe:function(){return{type:r.bot,vendor:"Slack"}}},{test:[/yahoo/i],describe:function(){return{type:r.bot,vendor:"Yahoo"}}},{test:[/yandexbot/i,/yandexmobilebot/i],describe:function(){return{type:r.bot,vendor:"Yandex"}}},{test:[/pingdom/i],describe:function(){return{type:r.bot,vendor:"Pingdom"}}},{test:[/huawei/i],describe:function(e){var t=i.getFirstMatch(/(can-l01)/i,e)&&"Nova",n={type:r.mobile,vendor:"Huawei"}
return t&&(n.model=t),n}},{test:[/nexus\s*(?:7|8|9|10).*/i],describe:function(){return{type:r.tablet,vendor:"Nexus"}}},{test:[/ipad/i],describe:function(){return{type:r.tablet,vendor:"Apple",model:"iPad"}}},{test:function(e){return i.isFirefoxOnIpad(e.getUA())},describe:function(){return{type:r.tablet,vendor:"Apple",model:"iPad"}}},{test:[/kftt build/i],describe:function(){return{type:r.tablet,vendor:"Amazon",model:"Kindle Fire HD 7"}}},{test:[/silk/i],describe:function(){return{type:r.tablet,vendor:"Amazon"}}},{test:[/tablet(?! pc)/i],describe:function(){return{type:r.tablet}}},{test:function(e){var t=e.test(/ipod|iphone/i),r=e.test(/like (ipod|iphone)/i)
return t&&!r},describe:function(e){var t=i.getFirstMatch(/(ipod|iphone)/i,e)
return{type:r.mobile,vendor:"Apple",model:t}}},{test:[/nexus\s*[0-6].*/i,/galaxy nexus/i],describe:function(){return{type:r.mobile,vendor:"Nexus"}}},{test:[/Nokia/i],describe:function(e){var t=i.getFirstMatch(/Nokia\s+([0-9]+(\.[0-9]+)?)/i,e),n={type:r.mobile,vendor:"Nokia"}
return t&&(n.model=t),n}},{test:[/[^-]mobi/i],describe:function(){return{type:r.mobile}}},{test:function(e){return"blackberry"===e.getBrowserName(!0)},describe:function(){return{type:r.mobile,vendor:"BlackBerry"}}},{test:function(e){return"bada"===e.getBrowserName(!0)},describe:function(){return{type:r.mobile}}},{test:function(e){return"windows phone"===e.getBrowserName()},describe:function(){return{type:r.mobile,vendor:"Microsoft"}}},{test:function(e){var t=Number(String(e.getOSVersion()).split(".")[0])
return"android"===e.getOSName(!0)&&t>=3},describe:function(){return{type:r.tablet}}},{test:function(e){return"android"===e.getOSName(!0)},describe:function(){return{type:r.mobile}}},{test:[/smart-?tv|smarttv/i],describe:function(){return{type:r.tv}}},{test:[/netcast/i],describe:function(){return{type:r.tv}}},{test:function(e){return"macos"===e.getOSName(!0)},describe:function(){return{type:r.desktop,vendor:"Apple"}}},{test:function(e){return"windows"===e.getOSName(!0)},describe:function(){return{type:r.desktop}}},{test:function(e){return"linux"===e.getOSName(!0)},describe:function(){return{type:r.desktop}}},{test:function(e){return"chrome os"===e.getOSName(!0)},describe:function(){return{type:r.desktop}}},{test:function(e){return"playstation 4"===e.getOSName(!0)},describe:function(){return{type:r.tv}}},{test:function(e){return"roku"===e.getOSName(!0)},describe:function(){return{type:r.tv}}}],l=[{test:function(e){return"microsoft edge"===e.getBrowserName(!0)},describe:function(e){if(/\sedgios\//i.test(e)){var t={name:s.WebKit},r=i.getFirstMatch(/webkit\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}if(/\sedga?\//i.test(e))return{name:s.Blink}
var n=i.getFirstMatch(/edge\/(\d+(\.?_?\d+)+)/i,e)
return{name:s.EdgeHTML,version:n}}},{test:function(e){return"ladybird"===e.getBrowserName(!0)},describe:function(){return{name:s.LibWeb}}},{test:[/trident/i],describe:function(e){var t={name:s.Trident},r=i.getFirstMatch(/trident\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:function(e){return e.test(/presto/i)},describe:function(e){var t={name:s.Presto},r=i.getFirstMatch(/presto\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:function(e){var t=e.test(/gecko/i),r=e.test(/like gecko/i)
return t&&!r},describe:function(e){var t={name:s.Gecko},r=i.getFirstMatch(/gecko\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/(apple)?webkit\/537\.36/i],describe:function(){return{name:s.Blink}}},{test:[/(apple)?webkit/i],describe:function(e){var t={name:s.WebKit},r=i.getFirstMatch(/webkit\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}}],d=function(){function e(e,t,r){if(void 0===t&&(t=!1),void 0===r&&(r=null),null==e||""===e)throw new Error("UserAgent parameter can't be empty")
this._ua=e
var n=!1
"boolean"==typeof t?(n=t,this._hints=r):this._hints=null!=t&&"object"==typeof t?t:null,this.parsedResult={},!0!==n&&this.parse()}var t=e.prototype
return t.getHints=function(){return this._hints},t.hasBrand=function(e){if(!this._hints||!Array.isArray(this._hints.brands))return!1
var t=e.toLowerCase()
return this._hints.brands.some(function(e){return e.brand&&e.brand.toLowerCase()===t})},t.getBrandVersion=function(e){if(this._hints&&Array.isArray(this._hints.brands)){var t=e.toLowerCase(),r=i.find(this._hints.brands,function(e){return e.brand&&e.brand.toLowerCase()===t})
return r?r.version:void 0}},t.getUA=function(){return this._ua},t.test=function(e){return e.test(this._ua)},t.parseBrowser=function(){var e=this
this.parsedResult.browser={}
var t=i.find(a,function(t){if("function"==typeof t.test)return t.test(e)
if(Array.isArray(t.test))return t.test.some(function(t){return e.test(t)})
throw new Error("Browser's test function is not valid")})
return t&&(this.parsedResult.browser=t.describe(this.getUA(),this)),this.parsedResult.browser},t.getBrowser=function(){return this.parsedResult.browser?this.parsedResult.browser:this.parseBrowser()},t.getBrowserName=function(e){return e?String(this.getBrowser().name).toLowerCase()||"":this.getBrowser().name||""},t.getBrowserVersion=function(){return this.getBrowser().version},t.getOS=function(){return this.parsedResult.os?this.parsedResult.os:this.parseOS()},t.parseOS=function(){var e=this
this.parsedResult.os={}
var t=i.find(c,function(t){if("function"==typeof t.test)return t.test(e)
if(Array.isArray(t.test))return t.test.some(function(t){return e.test(t)})
throw new Error("Browser's test function is not valid")})
return t&&(this.parsedResult.os=t.describe(this.getUA())),this.parsedResult.os},t.getOSName=function(e){var t=this.getOS().name
return e?String(t).toLowerCase()||"":t||""},t.getOSVersion=function(){return this.getOS().version},t.getPlatform=function(){return this.parsedResult.platform?this.parsedResult.platform:this.parsePlatform()},t.getPlatformType=function(e){void 0===e&&(e=!1)
var t=this.getPlatform().type
return e?String(t).toLowerCase()||"":t||""},t.parsePlatform=function(){var e=this
this.parsedResult.platform={}
var t=i.find(u,function(t){if("function"==typeof t.test)return t.test(e)
if(Array.isArray(t.test))return t.test.some(function(t){return e.test(t)})
throw new Error("Browser's test function is not valid")})
return t&&(this.parsedResult.platform=t.describe(this.getUA())),this.parsedResult.platform},t.getEngine=function(){return this.parsedResult.engine?this.parsedResult.engine:this.parseEngine()},t.getEngineName=function(e){return e?String(this.getEngine().name).toLowerCase()||"":this.getEngine().name||""},t.parseEngine=function(){var e=this
this.parsedResult.engine={}
var t=i.find(l,function(t){if("function"==typeof t.test)return t.test(e)
if(Array.isArray(t.test))return t.test.some(function(t){return e.test(t)})
throw new Error("Browser's test function is not valid")})
return t&&(this.parsedResult.engine=t.describe(this.getUA())),this.parsedResult.engine},t.parse=function(){return this.parseBrowser(),this.parseOS(),this.parsePlatform(),this.parseEngine(),this},t.getResult=function(){return i.assign({},this.parsedResult)},t.satisfies=function(e){var t=this,r={},n=0,s={},o=0
if(Object.keys(e).forEach(function(t){var i=e[t]
"string"==typeof i||Array.isArray(i)?(s[t]=i,o+=1):"object"==typeof i&&(r[t]=i,n+=1)}),n>0){var a=Object.keys(r),c=i.find(a,function(e){return t.isOS(e)})
if(c){var u=this.satisfies(r[c])
if(void 0!==u)return u}var l=i.find(a,function(e){return t.isPlatform(e)})
if(l){var d=this.satisfies(r[l])
if(void 0!==d)return d}}if(o>0){var h=Object.keys(s),f=i.find(h,function(e){return t.isBrowser(e,!0)})
if(void 0!==f)return this.compareVersions(s[f])}},t.isBrowser=function(e,t){void 0===t&&(t=!1)
var r=this.getBrowserName().toLowerCase(),n=e.toLowerCase(),s=i.getBrowserTypeByAlias(n)
return t&&s&&(n=s.toLowerCase()),n===r},t.compareVersions=function(e){var t=this
return"string"==typeof e?this.compareVersion(e):e.some(function(e){return t.compareVersion(e)})},t.compareVersion=function(e){var t=[0],r=e,n=!1,s=this.getBrowserVersion()
if("string"==typeof s)return">"===e[0]||"<"===e[0]?(r=e.substr(1),"="===e[1]?(n=!0,r=e.substr(2)):t=[],">"===e[0]?t.push(1):t.push(-1)):"="===e[0]?r=e.substr(1):"~"===e[0]&&(n=!0,r=e.substr(1)),t.indexOf(i.compareVersions(s,r,n))>-1},t.isOS=function(e){return this.getOSName(!0)===String(e).toLowerCase()},t.isPlatform=function(e){return this.getPlatformType(!0)===String(e).toLowerCase()},t.isEngine=function(e){return this.getEngineName(!0)===String(e).toLowerCase()},t.is=function(e,t){return void 0===t&&(t=!1),this.isBrowser(e,t)||this.isOS(e)||this.isPlatform(e)},t.some=function(e){var t=this
return void 0===e&&(e=[]),e.some(function(e){return t.is(e)})},e}()
function h(e){var t=function(e){if("object"!=typeof e||!e)return e
var t=e[Symbol.toPrimitive]
if(void 0!==t){var r=t.call(e,"string")
if("object"!=typeof r)return r
throw new TypeError("@@toPrimitive must return a primitive value.")}return String(e)}(e)
return"symbol"==typeof t?t:t+""}var f=function(){function e(){}return e.getParser=function(e,t,r){if(void 0===t&&(t=!1),void 0===r&&(r=null),"string"!=typeof e)throw new Error("UserAgent should be a string")
return new d(e,t,r)},e.parse=function(e,t){return void 0===t&&(t=null),new d(e,t).getResult()},i=e,(o=[{key:"BROWSER_MAP",get:function(){return t}},{key:"ENGINE_MAP",get:function(){return s}},{key:"OS_MAP",get:function(){return n}},{key:"PLATFORMS_MAP",get:function(){return r}}])&&function(e,t){for(var r=0;r<t.length;r++){var n=t[r]
n.enumerable=n.enumerable||!1,n.configurable=!0,"value"in n&&(n.writable=!0),Object.defineProperty(e,h(n.key),n)}}(i,o),Object.defineProperty(i,"prototype",{writable:!1}),i
var i,o}()
return f.parse,f.getParser,f}()}}

