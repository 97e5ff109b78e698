export const id=861
export const ids=[861]
export const modules={5152:(e,t,r)=>{const{HttpRequest:n,parseUrl:i}=r(3422),{NoOpLogger:s}=r(2658),{InvokeStore:o}=r(9320),{normalizeProvider:a}=r(402),{RETRY_MODES:c}=r(3609),{platform:u,release:d}=r(8161),{versions:l,env:g}=r(1708),{isValidHostLabel:p,isIpAddress:h,customEndpointFunctions:f}=r(2085),{EndpointError:m,resolveEndpoint:y}=r(2085)
t.EndpointError=m,t.isIpAddress=h,t.resolveEndpoint=y
const{loadConfig:S,NODE_REGION_CONFIG_OPTIONS:w,NODE_REGION_CONFIG_FILE_OPTIONS:E}=r(7291),{REGION_ENV_NAME:v,REGION_INI_NAME:b,resolveRegionConfig:A}=r(7291)
t.NODE_REGION_CONFIG_FILE_OPTIONS=E,t.NODE_REGION_CONFIG_OPTIONS=w,t.REGION_ENV_NAME=v,t.REGION_INI_NAME=b,t.resolveRegionConfig=A
const C={warningEmitted:!1},T={name:"longPollMiddleware",tags:["RETRY"],step:"initialize",override:!0}
function I(e,t,r){e.__aws_sdk_context?e.__aws_sdk_context.features||(e.__aws_sdk_context.features={}):e.__aws_sdk_context={features:{}},e.__aws_sdk_context.features[t]=r}const _=e=>t=>async r=>{if(!n.isInstance(r.request))return t(r)
const{request:i}=r,{handlerProtocol:s=""}=e.requestHandler.metadata||{}
if(s.indexOf("h2")>=0&&!i.headers[":authority"])delete i.headers.host,i.headers[":authority"]=i.hostname+(i.port?":"+i.port:"")
else if(!i.headers.host){let e=i.hostname
null!=i.port&&(e+=`:${i.port}`),i.headers.host=e}return t(r)},x={name:"hostHeaderMiddleware",step:"build",priority:"low",tags:["HOST"],override:!0},R=()=>(e,t)=>async r=>{try{const n=await e(r),{logger:i}=t
if(i&&!(i instanceof s)){const{clientName:e,commandName:s,dynamoDbDocumentClientOptions:o={}}=t,{overrideInputFilterSensitiveLog:a,overrideOutputFilterSensitiveLog:c}=o,u=a??t.inputFilterSensitiveLog,d=c??t.outputFilterSensitiveLog,{$metadata:l,...g}=n.output
i.info?.({clientName:e,commandName:s,input:u(r.input),output:d(g),metadata:l})}return n}catch(e){const{clientName:n,commandName:i,logger:s,dynamoDbDocumentClientOptions:o={}}=t,{overrideInputFilterSensitiveLog:a}=o,c=a??t.inputFilterSensitiveLog
throw s?.error?.({clientName:n,commandName:i,input:c(r.input),error:e,metadata:e.$metadata}),e}},k={name:"loggerMiddleware",tags:["LOGGER"],step:"initialize",override:!0},P={step:"build",tags:["RECURSION_DETECTION","TRACE_CONTEXT_PROPAGATION"],name:"recursionDetectionMiddleware",override:!0,priority:"low"},O="X-Amzn-Trace-Id",N="traceparent",D="tracestate",M="baggage",F=()=>e=>async t=>{const{request:r}=t
if(!n.isInstance(r))return e(t)
let i
{const e=Object.keys(r.headers??{}).find(e=>e.toLowerCase()===O.toLowerCase())??O
if(!r.headers.hasOwnProperty(e)){const e=process.env.AWS_LAMBDA_FUNCTION_NAME,t=process.env._X_AMZN_TRACE_ID
i??=await o.getInstanceAsync()
const n=i?.getXRayTraceId(),s=n??t,a=e=>"string"==typeof e&&e.length>0
a(e)&&a(s)&&(r.headers[O]=s)}}!function(e){for(const t of Object.keys(e)){const r=t.toLowerCase()
t===r||r!==N&&r!==D&&r!==M||(e[r]=e[t],delete e[t])}}(r.headers)
if(!r.headers[N]){const e=(i??=await o.getInstanceAsync())?.getTraceparent?.()
if(e){r.headers[N]=e
const t=i?.getTracestate?.()
t&&(r.headers[D]=t)
const n=i?.getBaggage?.()
n&&(r.headers[M]=n)}}return e(t)}
const L=void 0
const $={partitions:[{id:"aws",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-east-1",name:"aws",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",regions:{"af-south-1":{description:"Africa (Cape Town)"},"ap-east-1":{description:"Asia Pacific (Hong Kong)"},"ap-east-2":{description:"Asia Pacific (Taipei)"},"ap-northeast-1":{description:"Asia Pacific (Tokyo)"},"ap-northeast-2":{description:"Asia Pacific (Seoul)"},"ap-northeast-3":{description:"Asia Pacific (Osaka)"},"ap-south-1":{description:"Asia Pacific (Mumbai)"},"ap-south-2":{description:"Asia Pacific (Hyderabad)"},"ap-southeast-1":{description:"Asia Pacific (Singapore)"},"ap-southeast-2":{description:"Asia Pacific (Sydney)"},"ap-southeast-3":{description:"Asia Pacific (Jakarta)"},"ap-southeast-4":{description:"Asia Pacific (Melbourne)"},"ap-southeast-5":{description:"Asia Pacific (Malaysia)"},"ap-southeast-6":{description:"Asia Pacific (New Zealand)"},"ap-southeast-7":{description:"Asia Pacific (Thailand)"},"aws-global":{description:"aws global region"},"ca-central-1":{description:"Canada (Central)"},"ca-west-1":{description:"Canada West (Calgary)"},"eu-central-1":{description:"Europe (Frankfurt)"},"eu-central-2":{description:"Europe (Zurich)"},"eu-north-1":{description:"Europe (Stockholm)"},"eu-south-1":{description:"Europe (Milan)"},"eu-south-2":{description:"Europe (Spain)"},"eu-west-1":{description:"Europe (Ireland)"},"eu-west-2":{description:"Europe (London)"},"eu-west-3":{description:"Europe (Paris)"},"il-central-1":{description:"Israel (Tel Aviv)"},"me-central-1":{description:"Middle East (UAE)"},"me-south-1":{description:"Middle East (Bahrain)"},"me-west-1":{description:"Middle East (Saudi Arabia)"},"mx-central-1":{description:"Mexico (Central)"},"sa-east-1":{description:"South America (Sao Paulo)"},"sa-west-1":{description:"South America (Chile)"},"us-east-1":{description:"US East (N. Virginia)"},"us-east-2":{description:"US East (Ohio)"},"us-west-1":{description:"US West (N. California)"},"us-west-2":{description:"US West (Oregon)"}}},{id:"aws-cn",outputs:{dnsSuffix:"amazonaws.com.cn",dualStackDnsSuffix:"api.amazonwebservices.com.cn",implicitGlobalRegion:"cn-northwest-1",name:"aws-cn",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^cn\\-\\w+\\-\\d+$",regions:{"aws-cn-global":{description:"aws-cn global region"},"cn-north-1":{description:"China (Beijing)"},"cn-northwest-1":{description:"China (Ningxia)"}}},{id:"aws-eusc",outputs:{dnsSuffix:"amazonaws.eu",dualStackDnsSuffix:"api.amazonwebservices.eu",implicitGlobalRegion:"eusc-de-east-1",name:"aws-eusc",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^eusc\\-(de)\\-\\w+\\-\\d+$",regions:{"eusc-de-east-1":{description:"AWS European Sovereign Cloud (Germany)"}}},{id:"aws-iso",outputs:{dnsSuffix:"c2s.ic.gov",dualStackDnsSuffix:"api.aws.ic.gov",implicitGlobalRegion:"us-iso-east-1",name:"aws-iso",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-iso\\-\\w+\\-\\d+$",regions:{"aws-iso-global":{description:"aws-iso global region"},"us-iso-east-1":{description:"US ISO East"},"us-iso-west-1":{description:"US ISO WEST"}}},{id:"aws-iso-b",outputs:{dnsSuffix:"sc2s.sgov.gov",dualStackDnsSuffix:"api.aws.scloud",implicitGlobalRegion:"us-isob-east-1",name:"aws-iso-b",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-isob\\-\\w+\\-\\d+$",regions:{"aws-iso-b-global":{description:"aws-iso-b global region"},"us-isob-east-1":{description:"US ISOB East (Ohio)"},"us-isob-west-1":{description:"US ISOB West"}}},{id:"aws-iso-e",outputs:{dnsSuffix:"cloud.adc-e.uk",dualStackDnsSuffix:"api.cloud-aws.adc-e.uk",implicitGlobalRegion:"eu-isoe-west-1",name:"aws-iso-e",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^eu\\-isoe\\-\\w+\\-\\d+$",regions:{"aws-iso-e-global":{description:"aws-iso-e global region"},"eu-isoe-west-1":{description:"EU ISOE West"}}},{id:"aws-iso-f",outputs:{dnsSuffix:"csp.hci.ic.gov",dualStackDnsSuffix:"api.aws.hci.ic.gov",implicitGlobalRegion:"us-isof-south-1",name:"aws-iso-f",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-isof\\-\\w+\\-\\d+$",regions:{"aws-iso-f-global":{description:"aws-iso-f global region"},"us-isof-east-1":{description:"US ISOF EAST"},"us-isof-south-1":{description:"US ISOF SOUTH"}}},{id:"aws-us-gov",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-gov-west-1",name:"aws-us-gov",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-gov\\-\\w+\\-\\d+$",regions:{"aws-us-gov-global":{description:"aws-us-gov global region"},"us-gov-east-1":{description:"AWS GovCloud (US-East)"},"us-gov-west-1":{description:"AWS GovCloud (US-West)"}}}],version:"1.1"}
let U=$,B=""
const z=e=>{const{partitions:t}=U
for(const r of t){const{regions:t,outputs:n}=r
for(const[r,i]of Object.entries(t))if(r===e)return{...n,...i}}for(const r of t){const{regionRegex:t,outputs:n}=r
if(new RegExp(t).test(e))return{...n}}const r=t.find(e=>"aws"===e.id)
if(!r)throw new Error("Provided region was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.")
return{...r.outputs}},H=(e,t="")=>{U=e,B=t},V=()=>B,q=/\d{12}\.ddb/
const j="user-agent",W="x-amz-user-agent",G=/[^!$%&'*+\-.^_`|~\w]/g,K=/[^!$%&'*+\-.^_`|~\w#]/g
const Q=e=>(t,r)=>async i=>{const{request:s}=i
if(!n.isInstance(s))return t(i)
const{headers:o}=s,a=r?.userAgent?.map(Y)||[],u=(await e.defaultUserAgentProvider()).map(Y)
await async function(e,t,r){const n=r.request
if("rpc-v2-cbor"===n?.headers?.["smithy-protocol"]&&I(e,"PROTOCOL_RPC_V2_CBOR","M"),"function"==typeof t.retryStrategy){const r=await t.retryStrategy()
if("string"==typeof r.mode)switch(r.mode){case c.ADAPTIVE:I(e,"RETRY_MODE_ADAPTIVE","F")
break
case c.STANDARD:I(e,"RETRY_MODE_STANDARD","E")}}if("function"==typeof t.accountIdEndpointMode){const r=e.endpointV2
switch(String(r?.url?.hostname).match(q)&&I(e,"ACCOUNT_ID_ENDPOINT","O"),await(t.accountIdEndpointMode?.())){case"disabled":I(e,"ACCOUNT_ID_MODE_DISABLED","Q")
break
case"preferred":I(e,"ACCOUNT_ID_MODE_PREFERRED","P")
break
case"required":I(e,"ACCOUNT_ID_MODE_REQUIRED","R")}}const i=e.__smithy_context?.selectedHttpAuthScheme?.identity
if(i?.$source){const t=i
t.accountId&&I(e,"RESOLVED_ACCOUNT_ID","T")
for(const[r,n]of Object.entries(t.$source??{}))I(e,r,n)}}(r,e,i)
const d=r
u.push(`m/${function(e){let t=""
for(const r in e){const n=e[r]
if(!(t.length+n.length+1<=1024))break
t.length?t+=","+n:t+=n}return t}(Object.assign({},r.__smithy_context?.features,d.__aws_sdk_context?.features))}`)
const l=e?.customUserAgent?.map(Y)||[],g=await e.userAgentAppId()
g&&u.push(Y(["app",`${g}`]))
const p=V(),h=(p?[p]:[]).concat([...u,...a,...l]).join(" "),f=[...u.filter(e=>e.startsWith("aws-sdk-")),...l].join(" ")
return"browser"!==e.runtime?(f&&(o[W]=o[W]?`${o[j]} ${f}`:f),o[j]=h):o[W]=h,t({...i,request:s})},Y=e=>{const t=e[0].split("/").map(e=>e.replace(G,"-")).join("/"),r=e[1]?.replace(K,"-"),n=t.indexOf("/"),i=t.substring(0,n)
let s=t.substring(n+1)
return"api"===i&&(s=s.toLowerCase()),[i,s,r].filter(e=>e&&e.length>0).reduce((e,t,r)=>{switch(r){case 0:return t
case 1:return`${e}/${t}`
default:return`${e}#${t}`}},"")},X={name:"getUserAgentMiddleware",step:"build",priority:"low",tags:["SET_USER_AGENT","USER_AGENT"],override:!0},J={isCrtAvailable:!1},Z=({serviceId:e,clientVersion:t})=>{const r=(()=>{const e=["deno","bun","llrt"]
for(const t of e)if(l[t])return[`md/${t}`,l[t]]
return["md/nodejs",l.node]})()
return async n=>{const i=[["aws-sdk-js",t],["ua","2.1"],[`os/${u()}`,d()],["lang/js"],r],s=J.isCrtAvailable?["md/crt-avail"]:null
s&&i.push(s),e&&i.push([`api/${e}`,t]),g.AWS_EXECUTION_ENV&&i.push([`exec-env/${g.AWS_EXECUTION_ENV}`])
const o=await(n?.userAgentAppId?.())
return o?[...i,[`app/${o}`]]:[...i]}},ee=Z,te="AWS_SDK_UA_APP_ID",re="sdk_ua_app_id",ne={environmentVariableSelector:e=>e[te],configFileSelector:e=>e[re]??e["sdk-ua-app-id"],default:L},ie={os:e=>/iPhone|iPad|iPod/.test(e)?"iOS":/Macintosh|Mac OS X/.test(e)?"macOS":/Windows NT/.test(e)?"Windows":/Android/.test(e)?"Android":/Linux/.test(e)?"Linux":void 0,browser:e=>/EdgiOS|EdgA|Edg\//.test(e)?"Microsoft Edge":/Firefox\//.test(e)?"Firefox":/Chrome\//.test(e)?"Chrome":/Safari\//.test(e)?"Safari":void 0},se=(e,t=!1)=>{if(t){for(const t of e.split("."))if(!se(t))return!1
return!0}return!!p(e)&&(!(e.length<3||e.length>63)&&(e===e.toLowerCase()&&!h(e)))},oe=e=>{const t=e.split(":")
if(t.length<6)return null
const[r,n,i,s,o,...a]=t
if("arn"!==r||""===n||""===i||""===a.join(":"))return null
return{partition:n,service:i,region:s,accountId:o,resourceId:a.map(e=>e.split("/")).flat()}},ae={isVirtualHostableS3Bucket:se,parseArn:oe,partition:z}
f.aws=ae
const ce=e=>i(e.url)
const ue={silence:!1}
t.DEFAULT_UA_APP_ID=L,t.NODE_APP_ID_CONFIG_OPTIONS=ne,t.UA_APP_ID_ENV_NAME=te,t.UA_APP_ID_INI_NAME=re,t.awsEndpointFunctions=ae,t.createDefaultUserAgentProvider=Z,t.createUserAgentStringParsingProvider=({serviceId:e,clientVersion:t})=>async n=>{const i=r(9449),s=i.parse??i.default.parse??(()=>""),o="undefined"!=typeof window&&window?.navigator?.userAgent?s(window.navigator.userAgent):void 0,a=[["aws-sdk-js",t],["ua","2.1"],[`os/${o?.os?.name||"other"}`,o?.os?.version],["lang/js"],["md/browser",`${o?.browser?.name??"unknown"}_${o?.browser?.version??"unknown"}`]]
e&&a.push([`api/${e}`,t])
const c=await(n?.userAgentAppId?.())
return c&&a.push([`app/${c}`]),a},t.crtAvailability=J,t.defaultUserAgent=ee,t.emitWarningIfUnsupportedVersion=e=>{if(e&&!C.warningEmitted){if("true"===process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED)return void(C.warningEmitted=!0)
const t=22
parseInt(e.substring(1,e.indexOf(".")))<t&&(C.warningEmitted=!0,process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScript (v3)\nversions published after the first week of January 2027\nwill require node >=${t}. You are running node ${e}.\n\nTo continue receiving updates to AWS services, bug fixes,\nand security updates please upgrade to node >=${t}.\n\nMore information can be found at: https://a.co/c895JFp`))}},t.fallback=ie,t.getAwsRegionExtensionConfiguration=e=>({setRegion(t){e.region=t},region:()=>e.region}),t.getDefaultSocketTimeout=(e,t)=>{if("object"==typeof process&&"true"===process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026&&"function"!=typeof e?.handle)return t},t.getHostHeaderPlugin=e=>({applyToStack:t=>{t.add(_(e),x)}}),t.getLoggerPlugin=e=>({applyToStack:e=>{e.add(R(),k)}}),t.getLongPollPlugin=e=>({applyToStack:e=>{e.add((e,t)=>async r=>(t.__retryLongPoll=!0,e(r)),T)}}),t.getRecursionDetectionPlugin=e=>({applyToStack:e=>{e.add(F(),P)}}),t.getUserAgentMiddlewareOptions=X,t.getUserAgentPlugin=e=>({applyToStack:t=>{t.add(Q(e),X)}}),t.getUserAgentPrefix=V,t.hostHeaderMiddleware=_,t.hostHeaderMiddlewareOptions=x,t.isVirtualHostableS3Bucket=se,t.loggerMiddleware=R,t.loggerMiddlewareOptions=k,t.parseArn=oe,t.partition=z,t.recursionDetectionMiddleware=F,t.recursionDetectionMiddlewareOptions=P,t.resolveAwsRegionExtensionConfiguration=e=>({region:e.region()}),t.resolveDefaultAwsRegionalEndpointsConfig=e=>{if("function"!=typeof e.endpointProvider)throw new Error("@aws-sdk/util-endpoint - endpointProvider and endpoint missing in config for this client.")
const{endpoint:t}=e
return void 0===t&&(e.endpoint=async()=>ce(e.endpointProvider({Region:"function"==typeof e.region?await e.region():e.region,UseDualStack:"function"==typeof e.useDualstackEndpoint?await e.useDualstackEndpoint():e.useDualstackEndpoint,UseFIPS:"function"==typeof e.useFipsEndpoint?await e.useFipsEndpoint():e.useFipsEndpoint,Endpoint:void 0},{logger:e.logger}))),e},t.resolveHostHeaderConfig=function(e){return e},t.resolveUserAgentConfig=function(e){const t=a(e.userAgentAppId??L),{customUserAgent:r}=e
return Object.assign(e,{customUserAgent:"string"==typeof r?[[r]]:r,userAgentAppId:async()=>{const r=await t()
if(!function(e){return void 0===e||"string"==typeof e&&e.length<=50}(r)){const t="NoOpLogger"!==e.logger?.constructor?.name&&e.logger?e.logger:console
"string"!=typeof r?t?.warn("userAgentAppId must be a string or undefined."):r.length>50&&t?.warn("The provided userAgentAppId exceeds the maximum length of 50 characters.")}return r}})},t.setCredentialFeature=function(e,t,r){return e.$source||(e.$source={}),e.$source[t]=r,e},t.setFeature=I,t.setPartitionInfo=H,t.setTokenFeature=function(e,t,r){return e.$source||(e.$source={}),e.$source[t]=r,e},t.state=C,t.stsRegionDefaultResolver=function(e={}){return S({...w,default:async()=>(ue.silence||console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credential-providers README and set a region explicitly."),"us-east-1")},{...E,...e})},t.stsRegionWarning=ue,t.toEndpointV1=ce,t.useDefaultPartitionInfo=()=>{H($,"")},t.userAgentMiddleware=Q},7523:(e,t,r)=>{const{ProviderError:n,booleanSelector:i,SelectorType:s,loadConfig:o}=r(7291),{setCredentialFeature:a}=r(5152),{normalizeProvider:c,memoizeIdentityProvider:u,isIdentityExpired:d,doesIdentityRequireRefresh:l}=r(402),{SignatureV4:g}=r(5118),{HttpResponse:p,HttpRequest:h}=r(3422),{SMITHY_CONTEXT_KEY:f}=r(690),m=e=>p.isInstance(e)?e.headers?.date??e.headers?.Date:void 0,y=e=>p.isInstance(e)?e.headers?.age??e.headers?.Age:void 0,S=e=>new Date(Date.now()+e),w=(e,t,r,n)=>{if(void 0!==n)return t
const i=Date.parse(e)
if(Number.isNaN(i))return t
const s=Date.now()
return void 0!==r&&s-r>9e5?t:i-s},E=(e,t)=>{if(!t)throw new Error(`Property \`${e}\` is not resolved for AWS SDK SigV4Auth`)
return t},v=async e=>{const t=E("context",e.context),r=E("config",e.config),n=t.endpointV2?.properties?.authSchemes?.[0],i=E("signer",r.signer),s=await i(n),o=e?.signingRegion,a=e?.signingRegionSet,c=e?.signingName
return{config:r,signer:s,signingRegion:o,signingRegionSet:a,signingName:c}}
class b{async sign(e,t,r){if(!h.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed")
const n=await v(r),{config:i,signer:s}=n
let{signingRegion:o,signingName:a}=n
const c=r.context
if(c?.authSchemes?.length){const[e,t]=c.authSchemes
"sigv4a"===e?.name&&"sigv4"===t?.name&&(o=t?.signingRegion??o,a=t?.signingName??a)}const u=!0===await(i.disableClockSkewCorrection?.())
r._disableClockSkewCorrection=u
const d=u||(e=>{const t=e.context,r=t?.[f]?.eventStream
return!0===r?.output})(r)
r._skipClockSkewSampling=d,d||(r._preRequestSystemClockOffset=i.systemClockOffset,r._requestSentAt=Date.now())
return await s.sign(e,{signingDate:u?new Date:S(i.systemClockOffset),signingRegion:o,signingService:a})}errorHandler(e){return t=>{const r=t
if(!e._skipClockSkewSampling&&!e._disableClockSkewCorrection){const t=r.ServerTime??m(r.$response)
if(t){const n=E("config",e.config),i=e._preRequestSystemClockOffset,s=e._requestSentAt,o=y(r.$response),a=w(t,n.systemClockOffset,s,o)
n.systemClockOffset=a
Math.abs(a)>=24e4&&(a!==i||void 0!==i&&i!==a)&&r.$metadata&&(r.$metadata.clockSkewCorrected=!0)}}throw t}}successHandler(e,t){if(t._skipClockSkewSampling||t._disableClockSkewCorrection)return
const r=m(e)
if(r){const n=E("config",t.config),i=t._requestSentAt,s=y(e)
n.systemClockOffset=w(r,n.systemClockOffset,i,s)}}}const A=b
const C=e=>"string"==typeof e&&e.length>0?e.split(",").map(e=>e.trim()):[],T=e=>`AWS_BEARER_TOKEN_${e.replace(/[\s-]/g,"_").toUpperCase()}`,I="AWS_AUTH_SCHEME_PREFERENCE",_="auth_scheme_preference",x={environmentVariableSelector:(e,t)=>{if(t?.signingName){if(T(t.signingName)in e)return["httpBearerAuth"]}if(I in e)return C(e[I])},configFileSelector:e=>{if(_ in e)return C(e[_])},default:[]},R={environmentVariableSelector(e){if(e.AWS_SIGV4A_SIGNING_REGION_SET)return e.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(e=>e.trim())
throw new n("AWS_SIGV4A_SIGNING_REGION_SET not set in env.",{tryNextLink:!0})},configFileSelector(e){if(e.sigv4a_signing_region_set)return(e.sigv4a_signing_region_set??"").split(",").map(e=>e.trim())
throw new n("sigv4a_signing_region_set not set in profile.",{tryNextLink:!0})},default:void 0}
const k=o({environmentVariableSelector:e=>i(e,"AWS_DISABLE_CLOCK_SKEW_CORRECTION",s.ENV),configFileSelector:e=>i(e,"disable_clock_skew_correction",s.CONFIG),default:!1}),P=(O=k,e=>{let t,r=e.credentials,n=!!e.credentials
Object.defineProperty(e,"credentials",{set(i){i&&i!==r&&i!==t&&(n=!0),r=i
const s=function(e,{credentials:t,credentialDefaultProvider:r}){let n
return n=t?t?.memoized?t:u(t,d,l):r?c(r(Object.assign({},e,{parentClientConfig:e}))):async()=>{throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.")},n.memoized=!0,n}(e,{credentials:r,credentialDefaultProvider:e.credentialDefaultProvider}),o=function(e,t){if(t.configBound)return t
const r=async r=>t({...r,callerClientConfig:e})
return r.memoized=t.memoized,r.configBound=!0,r}(e,s)
if(n&&!o.attributed){const e="object"==typeof r&&null!==r
t=async t=>{const r=await o(t)
return!e||r.$source&&0!==Object.keys(r.$source).length?r:a(r,"CREDENTIALS_CODE","e")},t.memoized=o.memoized,t.configBound=o.configBound,t.attributed=!0}else t=o},get:()=>t,enumerable:!0,configurable:!0}),e.credentials=r
const{signingEscapePath:i=!0,systemClockOffset:s=e.systemClockOffset||0,sha256:o}=e
let p
return p=e.signer?c(e.signer):e.regionInfoProvider?()=>c(e.region)().then(async t=>[await e.regionInfoProvider(t,{useFipsEndpoint:await e.useFipsEndpoint(),useDualstackEndpoint:await e.useDualstackEndpoint()})||{},t]).then(([t,r])=>{const{signingRegion:n,signingService:s}=t
e.signingRegion=e.signingRegion||n||r,e.signingName=e.signingName||s||e.serviceId
const a={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:o,uriEscapePath:i}
return new(e.signerConstructor||g)(a)}):async t=>{const r=(t=Object.assign({},{name:"sigv4",signingName:e.signingName||e.defaultSigningName,signingRegion:await c(e.region)(),properties:{}},t)).signingRegion,n=t.signingName
e.signingRegion=e.signingRegion||r,e.signingName=e.signingName||n||e.serviceId
const s={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:o,uriEscapePath:i}
return new(e.signerConstructor||g)(s)},Object.assign(e,{systemClockOffset:s,signingEscapePath:i,signer:p,disableClockSkewCorrection:c(e.disableClockSkewCorrection??O)})})
var O
const N=P
t.AWSSDKSigV4Signer=A,t.AwsSdkSigV4ASigner=class extends b{async sign(e,t,r){if(!h.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed")
const{config:n,signer:i,signingRegion:s,signingRegionSet:o,signingName:a}=await v(r),c=(await(n.sigv4aSigningRegionSet?.())??o??[s]).join(","),u=!0===await(n.disableClockSkewCorrection?.())
r._disableClockSkewCorrection=u,u||(r._preRequestSystemClockOffset=n.systemClockOffset,r._requestSentAt=Date.now())
return await i.sign(e,{signingDate:u?new Date:S(n.systemClockOffset),signingRegion:c,signingService:a})}},t.AwsSdkSigV4Signer=b,t.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS=x,t.NODE_SIGV4A_CONFIG_OPTIONS=R,t.getBearerTokenEnvKey=T,t.resolveAWSSDKSigV4Config=N,t.resolveAwsSdkSigV4AConfig=e=>(e.sigv4aSigningRegionSet=c(e.sigv4aSigningRegionSet),e),t.resolveAwsSdkSigV4Config=P,t.validateSigningProperties=v},7288:(e,t,r)=>{const{SmithyRpcV2CborProtocol:n,loadSmithyRpcV2CborErrorCode:i}=r(4645),{TypeRegistry:s,NormalizedSchema:o,deref:a}=r(6890),{decorateServiceException:c,getValueFromTextNode:u}=r(2658),{RpcProtocol:d,JsonCodec2:l,loadJsonRpcErrorCode:g,HttpBindingProtocol:p,HttpInterceptingShapeSerializer:h,HttpInterceptingShapeDeserializer:f,loadRestJsonErrorCode:m,SmithyRpcV2JsonProtocol:y,loadSmithyRpcV2JsonErrorCode:S,FromStringShapeDeserializer:w,determineTimestampFormat:E,extendedEncodeURIComponent:v,collectBody:b}=r(3422),{JsonCodec:A,JsonShapeDeserializer:C,JsonShapeDeserializer2:T,JsonShapeSerializer:I,JsonShapeSerializer2:_,parseJsonBody:x,parseJsonErrorBody:R}=r(3422)
t.JsonCodec=A,t.JsonCodec2=l,t.JsonShapeDeserializer=C,t.JsonShapeDeserializer2=T,t.JsonShapeSerializer=I,t.JsonShapeSerializer2=_,t.loadJsonRpcErrorCode=g,t.loadRestJsonErrorCode=m,t.parseJsonBody=x,t.parseJsonErrorBody=R
const{parseXML:k,XmlNode:P,XmlText:O}=r(4274),{toUtf8:N,toBase64:D,generateIdempotencyToken:M,NumericValue:F,dateToUtcString:L,fromBase64:$,expectUnion:U}=r(2430)
class B{queryCompat
errorRegistry
constructor(e=!1){this.queryCompat=e}resolveRestContentType(e,t){const r=t.getMemberSchemas(),n=Object.values(r).find(e=>!!e.getMergedTraits().httpPayload)
if(n){const t=n.getMergedTraits().mediaType
return t||(n.isStringSchema()?"text/plain":n.isBlobSchema()?"application/octet-stream":e)}if(!t.isUnitSchema()){if(Object.values(r).find(e=>{const{httpQuery:t,httpQueryParams:r,httpHeader:n,httpLabel:i,httpPrefixHeaders:s}=e.getMergedTraits()
return!t&&!r&&!n&&!i&&void 0===s}))return e}}async getErrorSchemaOrThrowBaseException(e,t,r,n,i,s){let o=e
e.includes("#")&&([,o]=e.split("#"))
const a={$metadata:i,$fault:r.statusCode<500?"client":"server"}
if(!this.errorRegistry)throw new Error("@aws-sdk/core/protocols - error handler not initialized.")
try{return{errorSchema:s?.(this.errorRegistry,o)??this.errorRegistry.getSchema(e),errorMetadata:a}}catch(e){n.message=n.message??n.Message??"UnknownError"
const t=this.errorRegistry,r=t.getBaseException()
if(r){const e=t.getErrorCtor(r)??Error
throw this.decorateServiceException(Object.assign(new e({name:o}),a),n)}const i=n,s=i?.message??i?.Message??i?.Error?.Message??i?.Error?.message
throw this.decorateServiceException(Object.assign(new Error(s),{name:o},a),n)}}compose(e,t,r){let n=r
t.includes("#")&&([n]=t.split("#"))
const i=s.for(n),o=s.for("smithy.ts.sdk.synthetic."+r)
e.copyFrom(i),e.copyFrom(o),this.errorRegistry=e}decorateServiceException(e,t={}){if(this.queryCompat){const r=e.Message??t.Message,n=c(e,t)
r&&(n.message=r)
const i=n.Error??{}
i.Type=n.Error?.Type,i.Code=n.Error?.Code,i.Message=n.Error?.message??n.Error?.Message??r,n.Error=i
const s=n.$metadata.requestId
return s&&(n.RequestId=s),n}return c(e,t)}setQueryCompatError(e,t){const r=t.headers?.["x-amzn-query-error"]
if(void 0!==e&&null!=r){const[t,n]=r.split(";"),i=Object.keys(e),s={Code:t,Type:n}
e.Code=t,e.Type=n
for(let t=0;t<i.length;t++){const r=i[t]
s["message"===r?"Message":r]=e[r]}delete s.__type,e.Error=s}}queryCompatOutput(e,t){e.Error&&(t.Error=e.Error),e.Type&&(t.Type=e.Type),e.Code&&(t.Code=e.Code)}findQueryCompatibleError(e,t){try{return e.getSchema(t)}catch(r){return e.find(e=>o.of(e).getMergedTraits().awsQueryError?.[0]===t)}}}class z extends d{serializer
deserializer
serviceTarget
codec
mixin
awsQueryCompatible
constructor({defaultNamespace:e,errorTypeRegistries:t,serviceTarget:r,awsQueryCompatible:n,jsonCodec:i}){super({defaultNamespace:e,errorTypeRegistries:t}),this.serviceTarget=r,this.codec=i??new l({timestampFormat:{useTrait:!0,default:7},jsonName:!1}),this.serializer=this.codec.createSerializer(),this.deserializer=this.codec.createDeserializer(),this.awsQueryCompatible=!!n,this.mixin=new B(this.awsQueryCompatible)}async serializeRequest(e,t,r){const n=await super.serializeRequest(e,t,r)
return n.path.endsWith("/")||(n.path+="/"),n.headers["content-type"]=`application/x-amz-json-${this.getJsonRpcVersion()}`,n.headers["x-amz-target"]=`${this.serviceTarget}.${e.name}`,this.awsQueryCompatible&&(n.headers["x-amzn-query-mode"]="true"),"unit"!==a(e.input)&&n.body||(n.body="{}"),n}getPayloadCodec(){return this.codec}async handleError(e,t,r,n,i){const{awsQueryCompatible:s}=this
s&&this.mixin.setQueryCompatError(n,r)
const a=g(r,n,s)??"Unknown"
this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace)
const{errorSchema:c,errorMetadata:u}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,r,n,i,s?this.mixin.findQueryCompatibleError:void 0),d=o.of(c),l=n.message??n.Message??"UnknownError",p=new(this.compositeErrorRegistry.getErrorCtor(c)??Error)({}),h={},f=this.codec.createDeserializer()
for(const[e,t]of d.structIterator())null!=n[e]&&(h[e]=f.readObject(t,n[e]))
throw s&&this.mixin.queryCompatOutput(n,h),this.mixin.decorateServiceException(Object.assign(p,u,{$fault:d.getMergedTraits().error,message:l},h),n)}}class H{serdeContext
setSerdeContext(e){this.serdeContext=e}}class V{from
to
keys
constructor(e,t){this.from=e,this.to=t
const r=Object.keys(this.from),n=new Set(r)
n.delete("__type"),this.keys=n}mark(e){this.keys.delete(e)}hasUnknown(){return 1===this.keys.size&&0===Object.keys(this.to).length}writeUnknown(){if(this.hasUnknown()){const e=this.keys.values().next().value,t=this.from[e]
this.to.$unknown=[e,t]}}}function q(e){Object.defineProperty(e,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}class j extends H{settings
stringDeserializer
constructor(e){super(),this.settings=e,this.stringDeserializer=new w(e)}setSerdeContext(e){this.serdeContext=e,this.stringDeserializer.setSerdeContext(e)}read(e,t,r){const n=o.of(e),i=n.getMemberSchemas()
if(n.isStructSchema()&&n.isMemberSchema()&&!!Object.values(i).find(e=>!!e.getMemberTraits().eventPayload)){const e={},r=Object.keys(i)[0]
return i[r].isBlobSchema()?e[r]=t:e[r]=this.read(i[r],t),e}const s=(this.serdeContext?.utf8Encoder??N)(t),a=this.parseXml(s)
return this.readSchema(e,r?a[r]:a)}readSchema(e,t){const r=o.of(e)
if(r.isUnitSchema())return
const n=r.getMergedTraits()
if(r.isListSchema()&&!Array.isArray(t))return this.readSchema(r,[t])
if(null==t)return t
if("object"==typeof t){const e=!!n.xmlFlattened
if(r.isListSchema()){const n=r.getValueSchema(),i=[],s=n.getMergedTraits().xmlName??"member",o=e?t:(t[0]??t)[s]
if(null==o)return i
const a=Array.isArray(o)?o:[o]
for(const e of a)i.push(this.readSchema(n,e))
return i}const i={}
if(r.isMapSchema()){const n=r.getKeySchema(),s=r.getValueSchema()
let o
o=e?Array.isArray(t)?t:[t]:Array.isArray(t.entry)?t.entry:[t.entry]
const a=n.getMergedTraits().xmlName??"key",c=s.getMergedTraits().xmlName??"value"
for(const e of o){const t=e[a],r=e[c]
"__proto__"===t&&q(i),i[t]=this.readSchema(s,r)}return i}if(r.isStructSchema()){const e=r.isUnionSchema()
let n
e&&(n=new V(t,i))
for(const[s,o]of r.structIterator()){const r=o.getMergedTraits(),a=r.httpPayload?r.xmlName??o.getName():o.getMemberTraits().xmlName??s
e&&n.mark(a),null!=t[a]&&(i[s]=this.readSchema(o,t[a]))}return e&&n.writeUnknown(),i}if(r.isDocumentSchema())return t
throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${r.getName(!0)}`)}return r.isListSchema()?[]:r.isMapSchema()||r.isStructSchema()?{}:this.stringDeserializer.read(r,t)}parseXml(e){if(e.length){let t
try{t=k(e)}catch(t){throw t&&"object"==typeof t&&Object.defineProperty(t,"$responseBodyText",{value:e}),t}const r="#text",n=Object.keys(t)[0],i=t[n]
return i[r]&&(i[n]=i[r],delete i[r]),u(i)}return{}}}class W extends H{settings
buffer
constructor(e){super(),this.settings=e}write(e,t,r=""){void 0===this.buffer&&(this.buffer="")
const n=o.of(e)
if(r&&!r.endsWith(".")&&(r+="."),n.isBlobSchema())("string"==typeof t||t instanceof Uint8Array)&&(this.writeKey(r),this.writeValue((this.serdeContext?.base64Encoder??D)(t)))
else if(n.isBooleanSchema()||n.isNumericSchema()||n.isStringSchema())null!=t?(this.writeKey(r),this.writeValue(String(t))):n.isIdempotencyToken()&&(this.writeKey(r),this.writeValue(M()))
else if(n.isBigIntegerSchema())null!=t&&(this.writeKey(r),this.writeValue(String(t)))
else if(n.isBigDecimalSchema())null!=t&&(this.writeKey(r),this.writeValue(t instanceof F?t.string:String(t)))
else if(n.isTimestampSchema()){if(t instanceof Date){this.writeKey(r)
switch(E(n,this.settings)){case 5:this.writeValue(t.toISOString().replace(".000Z","Z"))
break
case 6:this.writeValue(L(t))
break
case 7:this.writeValue(String(t.getTime()/1e3))}}}else if(n.isDocumentSchema())Array.isArray(t)?this.write(79,t,r):t instanceof Date?this.write(4,t,r):t instanceof Uint8Array?this.write(21,t,r):t&&"object"==typeof t?this.write(143,t,r):(this.writeKey(r),this.writeValue(String(t)))
else if(n.isListSchema()){if(Array.isArray(t))if(0===t.length)this.settings.serializeEmptyLists&&(this.writeKey(r),this.writeValue(""))
else{const e=n.getValueSchema(),i=this.settings.flattenLists||n.getMergedTraits().xmlFlattened
let s=1
for(const n of t){if(null==n)continue
const t=e.getMergedTraits(),o=this.getKey("member",t.xmlName,t.ec2QueryName),a=i?`${r}${s}`:`${r}${o}.${s}`
this.write(e,n,a),++s}}}else if(n.isMapSchema()){if(t&&"object"==typeof t){const e=n.getKeySchema(),i=n.getValueSchema(),s=n.getMergedTraits().xmlFlattened
let o=1
for(const n in t){const a=t[n]
if(null==a)continue
const c=e.getMergedTraits(),u=this.getKey("key",c.xmlName,c.ec2QueryName),d=s?`${r}${o}.${u}`:`${r}entry.${o}.${u}`,l=i.getMergedTraits(),g=this.getKey("value",l.xmlName,l.ec2QueryName),p=s?`${r}${o}.${g}`:`${r}entry.${o}.${g}`
this.write(e,n,d),this.write(i,a,p),++o}}}else if(n.isStructSchema()){if(t&&"object"==typeof t){let e=!1
for(const[i,s]of n.structIterator()){if(null==t[i]&&!s.isIdempotencyToken())continue
const n=s.getMergedTraits(),o=`${r}${this.getKey(i,n.xmlName,n.ec2QueryName,"struct")}`
this.write(s,t[i],o),e=!0}if(!e&&n.isUnionSchema()){const{$unknown:e}=t
if(Array.isArray(e)){const[t,n]=e,i=`${r}${t}`
this.write(15,n,i)}}}}else if(!n.isUnitSchema())throw new Error(`@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${n.getName(!0)}`)}flush(){if(void 0===this.buffer)throw new Error("@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.")
const e=this.buffer
return delete this.buffer,e}getKey(e,t,r,n){const{ec2:i,capitalizeKeys:s}=this.settings
if(i&&r)return r
const o=t??e
return s&&"struct"===n?o[0].toUpperCase()+o.slice(1):o}writeKey(e){e.endsWith(".")&&(e=e.slice(0,e.length-1)),this.buffer+=`&${v(e)}=`}writeValue(e){this.buffer+=v(e)}}class G extends d{options
serializer
deserializer
mixin=new B
constructor(e){super({defaultNamespace:e.defaultNamespace,errorTypeRegistries:e.errorTypeRegistries}),this.options=e
const t={timestampFormat:{useTrait:!0,default:5},httpBindings:!1,xmlNamespace:e.xmlNamespace,serviceNamespace:e.defaultNamespace,serializeEmptyLists:!0}
this.serializer=new W(t),this.deserializer=new j(t)}getShapeId(){return"aws.protocols#awsQuery"}setSerdeContext(e){this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e)}getPayloadCodec(){throw new Error("AWSQuery protocol has no payload codec.")}async serializeRequest(e,t,r){const n=await super.serializeRequest(e,t,r)
n.path.endsWith("/")||(n.path+="/"),n.headers["content-type"]="application/x-www-form-urlencoded","unit"!==a(e.input)&&n.body||(n.body="")
const i=e.name.split("#")[1]??e.name
return n.body=`Action=${i}&Version=${this.options.version}`+n.body,n.body.endsWith("&")&&(n.body=n.body.slice(-1)),n}async deserializeResponse(e,t,r){const n=this.deserializer,i=o.of(e.output),s={}
if(r.statusCode>=300){const i=await b(r.body,t)
i.byteLength>0&&Object.assign(s,await n.read(15,i)),await this.handleError(e,t,r,s,this.deserializeMetadata(r))}for(const e in r.headers){const t=r.headers[e]
delete r.headers[e],r.headers[e.toLowerCase()]=t}const a=e.name.split("#")[1]??e.name,c=i.isStructSchema()&&this.useNestedResult()?a+"Result":void 0,u=await b(r.body,t)
return u.byteLength>0&&Object.assign(s,await n.read(i,u,c)),s.$metadata=this.deserializeMetadata(r),s}useNestedResult(){return!0}async handleError(e,t,r,n,i){const s=this.loadQueryErrorCode(r,n)??"Unknown"
this.mixin.compose(this.compositeErrorRegistry,s,this.options.defaultNamespace)
const a=this.loadQueryError(n)??{},c=this.loadQueryErrorMessage(n)
a.message=c,a.Error={Type:a.Type,Code:a.Code,Message:c}
const{errorSchema:u,errorMetadata:d}=await this.mixin.getErrorSchemaOrThrowBaseException(s,this.options.defaultNamespace,r,a,i,this.mixin.findQueryCompatibleError),l=o.of(u),g=new(this.compositeErrorRegistry.getErrorCtor(u)??Error)({}),p={Type:a.Error.Type,Code:a.Error.Code,Error:a.Error}
for(const[e,t]of l.structIterator()){const r=t.getMergedTraits().xmlName??e,i=a[r]??n[r]
p[e]=this.deserializer.readSchema(t,i)}throw this.mixin.decorateServiceException(Object.assign(g,d,{$fault:l.getMergedTraits().error,message:c},p),n)}loadQueryErrorCode(e,t){const r=(t.Errors?.[0]?.Error??t.Errors?.Error??t.Error)?.Code
return void 0!==r?r:404==e.statusCode?"NotFound":void 0}loadQueryError(e){return e.Errors?.[0]?.Error??e.Errors?.Error??e.Error}loadQueryErrorMessage(e){const t=this.loadQueryError(e)
return t?.message??t?.Message??e.message??e.Message??"Unknown"}getDefaultContentType(){return"application/x-www-form-urlencoded"}}const K=(e,t)=>((e,t)=>b(e,t).then(e=>(t?.utf8Encoder??N)(e)))(e,t).then(e=>{if(e.length){let t
try{t=k(e)}catch(t){throw t&&"object"==typeof t&&Object.defineProperty(t,"$responseBodyText",{value:e}),t}const r="#text",n=Object.keys(t)[0],i=t[n]
return i[r]&&(i[n]=i[r],delete i[r]),u(i)}return{}}),Q=(e,t)=>void 0!==t?.Error?.Code?t.Error.Code:void 0!==t?.Code?t.Code:404==e.statusCode?"NotFound":void 0
class Y extends H{settings
stringBuffer
byteBuffer
buffer
constructor(e){super(),this.settings=e}write(e,t){const r=o.of(e)
if(r.isStringSchema()&&"string"==typeof t)this.stringBuffer=t
else if(r.isBlobSchema())this.byteBuffer="byteLength"in t?t:(this.serdeContext?.base64Decoder??$)(t)
else{this.buffer=this.writeStruct(r,t,void 0)
const e=r.getMergedTraits()
e.httpPayload&&!e.xmlName&&this.buffer.withName(r.getName())}}flush(){if(void 0!==this.byteBuffer){const e=this.byteBuffer
return delete this.byteBuffer,e}if(void 0!==this.stringBuffer){const e=this.stringBuffer
return delete this.stringBuffer,e}const e=this.buffer
return this.settings.xmlNamespace&&(e?.attributes?.xmlns||e.addAttribute("xmlns",this.settings.xmlNamespace)),delete this.buffer,e.toString()}writeStruct(e,t,r){const n=e.getMergedTraits(),i=e.isMemberSchema()&&!n.httpPayload?e.getMemberTraits().xmlName??e.getMemberName():n.xmlName??e.getName()
if(!i||!e.isStructSchema())throw new Error(`@aws-sdk/core/protocols - xml serializer, cannot write struct with empty name or non-struct, schema=${e.getName(!0)}.`)
const s=P.of(i),[o,a]=this.getXmlnsAttribute(e,r)
for(const[r,n]of e.structIterator()){const e=t[r]
if(null!=e||n.isIdempotencyToken()){if(n.getMergedTraits().xmlAttribute){s.addAttribute(n.getMergedTraits().xmlName??r,this.writeSimple(n,e))
continue}if(n.isListSchema())this.writeList(n,e,s,a)
else if(n.isMapSchema())this.writeMap(n,e,s,a)
else if(n.isStructSchema())s.addChildNode(this.writeStruct(n,e,a))
else{const t=P.of(n.getMergedTraits().xmlName??n.getMemberName())
this.writeSimpleInto(n,e,t,a),s.addChildNode(t)}}}const{$unknown:c}=t
if(c&&e.isUnionSchema()&&Array.isArray(c)&&1===Object.keys(t).length){const[e,r]=c,n=P.of(e)
if("string"!=typeof r){if(!(t instanceof P||t instanceof O))throw new Error("@aws-sdk - $unknown union member in XML requires value of type string, @aws-sdk/xml-builder::XmlNode or XmlText.")
s.addChildNode(t)}this.writeSimpleInto(0,r,n,a),s.addChildNode(n)}return a&&s.addAttribute(o,a),s}writeList(e,t,r,n){if(!e.isMemberSchema())throw new Error(`@aws-sdk/core/protocols - xml serializer, cannot write non-member list: ${e.getName(!0)}`)
const i=e.getMergedTraits(),s=e.getValueSchema(),o=s.getMergedTraits(),a=!!o.sparse,c=!!i.xmlFlattened,[u,d]=this.getXmlnsAttribute(e,n),l=(t,r)=>{if(s.isListSchema())this.writeList(s,Array.isArray(r)?r:[r],t,d)
else if(s.isMapSchema())this.writeMap(s,r,t,d)
else if(s.isStructSchema()){const n=this.writeStruct(s,r,d)
t.addChildNode(n.withName(c?i.xmlName??e.getMemberName():o.xmlName??"member"))}else{const n=P.of(c?i.xmlName??e.getMemberName():o.xmlName??"member")
this.writeSimpleInto(s,r,n,d),t.addChildNode(n)}}
if(c)for(const e of t)(a||null!=e)&&l(r,e)
else{const n=P.of(i.xmlName??e.getMemberName())
d&&n.addAttribute(u,d)
for(const e of t)(a||null!=e)&&l(n,e)
r.addChildNode(n)}}writeMap(e,t,r,n,i=!1){if(!e.isMemberSchema())throw new Error(`@aws-sdk/core/protocols - xml serializer, cannot write non-member map: ${e.getName(!0)}`)
const s=e.getMergedTraits(),o=e.getKeySchema(),a=o.getMergedTraits().xmlName??"key",c=e.getValueSchema(),u=c.getMergedTraits(),d=u.xmlName??"value",l=!!u.sparse,g=!!s.xmlFlattened,[p,h]=this.getXmlnsAttribute(e,n),f=(e,t,r)=>{const n=P.of(a,t),[i,s]=this.getXmlnsAttribute(o,h)
s&&n.addAttribute(i,s),e.addChildNode(n)
let u=P.of(d)
c.isListSchema()?this.writeList(c,r,u,h):c.isMapSchema()?this.writeMap(c,r,u,h,!0):c.isStructSchema()?u=this.writeStruct(c,r,h):this.writeSimpleInto(c,r,u,h),e.addChildNode(u)}
if(g)for(const n in t){const i=t[n]
if(l||null!=i){const t=P.of(s.xmlName??e.getMemberName())
f(t,n,i),r.addChildNode(t)}}else{let n
i||(n=P.of(s.xmlName??e.getMemberName()),h&&n.addAttribute(p,h),r.addChildNode(n))
for(const e in t){const s=t[e]
if(l||null!=s){const t=P.of("entry")
f(t,e,s),(i?r:n).addChildNode(t)}}}}writeSimple(e,t){if(null===t)throw new Error("@aws-sdk/core/protocols - (XML serializer) cannot write null value.")
const r=o.of(e)
let n=null
if(t&&"object"==typeof t)if(r.isBlobSchema())n=(this.serdeContext?.base64Encoder??D)(t)
else{if(!(r.isTimestampSchema()&&t instanceof Date)){if(r.isBigDecimalSchema()&&t)return t instanceof F?t.string:String(t)
throw r.isMapSchema()||r.isListSchema()?new Error("@aws-sdk/core/protocols - xml serializer, cannot call _write() on List/Map schema, call writeList or writeMap() instead."):new Error(`@aws-sdk/core/protocols - xml serializer, unhandled schema type for object value and schema: ${r.getName(!0)}`)}switch(E(r,this.settings)){case 5:n=t.toISOString().replace(".000Z","Z")
break
case 6:n=L(t)
break
case 7:n=String(t.getTime()/1e3)
break
default:console.warn("Missing timestamp format, using http date",t),n=L(t)}}if((r.isBooleanSchema()||r.isNumericSchema()||r.isBigIntegerSchema()||r.isBigDecimalSchema())&&(n=String(t)),r.isStringSchema()&&(n=void 0===t&&r.isIdempotencyToken()?M():String(t)),null===n)throw new Error(`Unhandled schema-value pair ${r.getName(!0)}=${t}`)
return n}writeSimpleInto(e,t,r,n){const i=this.writeSimple(e,t),s=o.of(e),a=new O(i),[c,u]=this.getXmlnsAttribute(s,n)
u&&r.addAttribute(c,u),r.addChildNode(a)}getXmlnsAttribute(e,t){const r=e.getMergedTraits(),[n,i]=r.xmlNamespace??[]
return i&&i!==t?[n?`xmlns:${n}`:"xmlns",i]:[void 0,void 0]}}class X extends H{settings
constructor(e){super(),this.settings=e}createSerializer(){const e=new Y(this.settings)
return e.setSerdeContext(this.serdeContext),e}createDeserializer(){const e=new j(this.settings)
return e.setSerdeContext(this.serdeContext),e}}t.AwsEc2QueryProtocol=class extends G{options
constructor(e){super(e),this.options=e
Object.assign(this.serializer.settings,{capitalizeKeys:!0,flattenLists:!0,serializeEmptyLists:!1,ec2:!0})}getShapeId(){return"aws.protocols#ec2Query"}useNestedResult(){return!1}},t.AwsJson1_0Protocol=class extends z{constructor({defaultNamespace:e,errorTypeRegistries:t,serviceTarget:r,awsQueryCompatible:n,jsonCodec:i}){super({defaultNamespace:e,errorTypeRegistries:t,serviceTarget:r,awsQueryCompatible:n,jsonCodec:i})}getShapeId(){return"aws.protocols#awsJson1_0"}getJsonRpcVersion(){return"1.0"}getDefaultContentType(){return"application/x-amz-json-1.0"}},t.AwsJson1_1Protocol=class extends z{constructor({defaultNamespace:e,errorTypeRegistries:t,serviceTarget:r,awsQueryCompatible:n,jsonCodec:i}){super({defaultNamespace:e,errorTypeRegistries:t,serviceTarget:r,awsQueryCompatible:n,jsonCodec:i})}getShapeId(){return"aws.protocols#awsJson1_1"}getJsonRpcVersion(){return"1.1"}getDefaultContentType(){return"application/x-amz-json-1.1"}},t.AwsJsonRpcProtocol=z,t.AwsQueryProtocol=G,t.AwsRestJsonProtocol=class extends p{serializer
deserializer
codec
mixin=new B
constructor({defaultNamespace:e,errorTypeRegistries:t,jsonCodec:r}){super({defaultNamespace:e,errorTypeRegistries:t})
const n={timestampFormat:{useTrait:!0,default:7},httpBindings:!0,jsonName:!0}
this.codec=r??new l(n),this.serializer=new h(this.codec.createSerializer(),n),this.deserializer=new f(this.codec.createDeserializer(),n)}getShapeId(){return"aws.protocols#restJson1"}getPayloadCodec(){return this.codec}setSerdeContext(e){this.codec.setSerdeContext(e),super.setSerdeContext(e)}async serializeRequest(e,t,r){const n=await super.serializeRequest(e,t,r),i=o.of(e.input)
if(!n.headers["content-type"]){const e=this.mixin.resolveRestContentType(this.getDefaultContentType(),i)
e&&(n.headers["content-type"]=e)}return null==n.body&&n.headers["content-type"]===this.getDefaultContentType()&&(n.body="{}"),n}async deserializeResponse(e,t,r){const n=await super.deserializeResponse(e,t,r),i=o.of(e.output)
for(const[e,t]of i.structIterator())t.getMemberTraits().httpPayload&&!(e in n)&&(n[e]=null)
return n}async handleError(e,t,r,n,i){const s=m(r,n)??"Unknown"
this.mixin.compose(this.compositeErrorRegistry,s,this.options.defaultNamespace)
const{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(s,this.options.defaultNamespace,r,n,i),u=o.of(a),d=n.message??n.Message??"UnknownError",l=new(this.compositeErrorRegistry.getErrorCtor(a)??Error)({})
await this.deserializeHttpMessage(a,t,r,n)
const g={},p=this.codec.createDeserializer()
for(const[e,t]of u.structIterator()){const r=t.getMergedTraits().jsonName??e
g[e]=p.readObject(t,n[r])}throw this.mixin.decorateServiceException(Object.assign(l,c,{$fault:u.getMergedTraits().error,message:d},g),n)}getDefaultContentType(){return"application/json"}},t.AwsRestXmlProtocol=class extends p{codec
serializer
deserializer
mixin=new B
constructor(e){super(e)
const t={timestampFormat:{useTrait:!0,default:5},httpBindings:!0,xmlNamespace:e.xmlNamespace,serviceNamespace:e.defaultNamespace}
this.codec=new X(t),this.serializer=new h(this.codec.createSerializer(),t),this.deserializer=new f(this.codec.createDeserializer(),t)}getPayloadCodec(){return this.codec}getShapeId(){return"aws.protocols#restXml"}async serializeRequest(e,t,r){const n=await super.serializeRequest(e,t,r),i=o.of(e.input)
if(!n.headers["content-type"]){const e=this.mixin.resolveRestContentType(this.getDefaultContentType(),i)
e&&(n.headers["content-type"]=e)}return"string"!=typeof n.body||n.headers["content-type"]!==this.getDefaultContentType()||n.body.startsWith("<?xml ")||this.hasUnstructuredPayloadBinding(i)||(n.body='<?xml version="1.0" encoding="UTF-8"?>'+n.body),n}async deserializeResponse(e,t,r){return super.deserializeResponse(e,t,r)}async handleError(e,t,r,n,i){const s=Q(r,n)??"Unknown"
if(this.mixin.compose(this.compositeErrorRegistry,s,this.options.defaultNamespace),n.Error&&"object"==typeof n.Error)for(const e of Object.keys(n.Error))n[e]=n.Error[e],"message"===e.toLowerCase()&&(n.message=n.Error[e])
n.RequestId&&!i.requestId&&(i.requestId=n.RequestId)
const{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(s,this.options.defaultNamespace,r,n,i),u=o.of(a),d=n.Error?.message??n.Error?.Message??n.message??n.Message??"UnknownError",l=new(this.compositeErrorRegistry.getErrorCtor(a)??Error)({})
await this.deserializeHttpMessage(a,t,r,n)
const g={},p=this.codec.createDeserializer()
for(const[e,t]of u.structIterator()){const r=t.getMergedTraits().xmlName??e,i=n.Error?.[r]??n[r]
g[e]=p.readSchema(t,i)}throw this.mixin.decorateServiceException(Object.assign(l,c,{$fault:u.getMergedTraits().error,message:d},g),n)}getDefaultContentType(){return"application/xml"}hasUnstructuredPayloadBinding(e){for(const[,t]of e.structIterator())if(t.getMergedTraits().httpPayload)return!(t.isStructSchema()||t.isMapSchema()||t.isListSchema())
return!1}},t.AwsSmithyRpcV2CborProtocol=class extends n{awsQueryCompatible
mixin
constructor({defaultNamespace:e,errorTypeRegistries:t,awsQueryCompatible:r}){super({defaultNamespace:e,errorTypeRegistries:t}),this.awsQueryCompatible=!!r,this.mixin=new B(this.awsQueryCompatible)}async serializeRequest(e,t,r){const n=await super.serializeRequest(e,t,r)
return this.awsQueryCompatible&&(n.headers["x-amzn-query-mode"]="true"),n}async handleError(e,t,r,n,s){this.awsQueryCompatible&&this.mixin.setQueryCompatError(n,r)
const a=(()=>{const e=r.headers["x-amzn-query-error"]
return e&&this.awsQueryCompatible?e.split(";")[0]:i(r,n)??"Unknown"})()
this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace)
const{errorSchema:c,errorMetadata:u}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,r,n,s,this.awsQueryCompatible?this.mixin.findQueryCompatibleError:void 0),d=o.of(c),l=n.message??n.Message??"UnknownError",g=new(this.compositeErrorRegistry.getErrorCtor(c)??Error)({}),p={}
for(const[e,t]of d.structIterator())null!=n[e]&&(p[e]=this.deserializer.readValue(t,n[e]))
throw this.awsQueryCompatible&&this.mixin.queryCompatOutput(n,p),this.mixin.decorateServiceException(Object.assign(g,u,{$fault:d.getMergedTraits().error,message:l},p),n)}},t.AwsSmithyRpcV2JsonProtocol=class extends y{awsQueryCompatible
mixin
constructor({defaultNamespace:e,errorTypeRegistries:t,awsQueryCompatible:r}){super({defaultNamespace:e,errorTypeRegistries:t}),this.awsQueryCompatible=!!r,this.mixin=new B(this.awsQueryCompatible)}async serializeRequest(e,t,r){const n=await super.serializeRequest(e,t,r)
return this.awsQueryCompatible&&(n.headers["x-amzn-query-mode"]="true"),n}async handleError(e,t,r,n,i){this.awsQueryCompatible&&this.mixin.setQueryCompatError(n,r)
const s=(()=>{const e=r.headers["x-amzn-query-error"]
return e&&this.awsQueryCompatible?e.split(";")[0]:S(r,n)??"Unknown"})()
this.mixin.compose(this.compositeErrorRegistry,s,this.options.defaultNamespace)
const{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(s,this.options.defaultNamespace,r,n,i,this.awsQueryCompatible?this.mixin.findQueryCompatibleError:void 0),u=o.of(a),d=n.message??n.Message??"UnknownError",l=new(this.compositeErrorRegistry.getErrorCtor(a)??Error)({}),g={},p=this.getPayloadCodec().createDeserializer()
for(const[e,t]of u.structIterator())null!=n[e]&&(g[e]=p.readObject(t,n[e]))
throw this.awsQueryCompatible&&this.mixin.queryCompatOutput(n,g),this.mixin.decorateServiceException(Object.assign(l,c,{$fault:u.getMergedTraits().error,message:d},g),n)}},t.QueryShapeSerializer=W,t.XmlCodec=X,t.XmlShapeDeserializer=j,t.XmlShapeSerializer=Y,t._toBool=e=>{if(null==e)return e
if("string"==typeof e){const t=e.toLowerCase()
if(""!==e&&"false"!==t&&"true"!==t){const t=new Error(`Received string "${e}" where a boolean was expected.`)
t.name="Warning",console.warn(t)}return""!==e&&"false"!==t}return e},t._toNum=e=>{if(null==e)return e
if("string"==typeof e){const t=Number(e)
if(t.toString()!==e){const t=new Error(`Received string "${e}" where a number was expected.`)
return t.name="Warning",console.warn(t),e}return t}return e},t._toStr=e=>{if(null==e)return e
if("number"==typeof e||"bigint"==typeof e){const t=new Error(`Received number ${e} where a string was expected.`)
return t.name="Warning",console.warn(t),String(e)}if("boolean"==typeof e){const t=new Error(`Received boolean ${e} where a string was expected.`)
return t.name="Warning",console.warn(t),String(e)}return e},t.awsExpectUnion=e=>{if(null!=e)return"object"==typeof e&&"__type"in e&&delete e.__type,U(e)},t.loadRestXmlErrorCode=Q,t.parseXmlBody=K,t.parseXmlErrorBody=async(e,t)=>{const r=await K(e,t)
return r.Error&&(r.Error.message=r.Error.message??r.Error.Message),r}},5606:(e,t,r)=>{const{setCredentialFeature:n}=r(5152),{CredentialsProviderError:i}=r(7291),s="AWS_ACCESS_KEY_ID",o="AWS_SECRET_ACCESS_KEY",a="AWS_SESSION_TOKEN",c="AWS_CREDENTIAL_EXPIRATION",u="AWS_CREDENTIAL_SCOPE",d="AWS_ACCOUNT_ID"
t.ENV_ACCOUNT_ID=d,t.ENV_CREDENTIAL_SCOPE=u,t.ENV_EXPIRATION=c,t.ENV_KEY=s,t.ENV_SECRET=o,t.ENV_SESSION=a,t.fromEnv=e=>async()=>{e?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv")
const t=process.env[s],r=process.env[o],l=process.env[a],g=process.env[c],p=process.env[u],h=process.env[d]
if(t&&r){const e={accessKeyId:t,secretAccessKey:r,...l&&{sessionToken:l},...g&&{expiration:new Date(g)},...p&&{credentialScope:p},...h&&{accountId:h}}
return n(e,"CREDENTIALS_ENV_VARS","g"),e}throw new i("Unable to find environment variable credentials.",{logger:e?.logger})}},8605:(e,t,r)=>{const{setCredentialFeature:n}=r(5152),{CredentialsProviderError:i}=r(7291),{NodeHttpHandler:s}=r(1279),o=r(1455),{HttpRequest:a}=r(3422),{sdkStreamMixin:c,parseRfc3339DateTime:u}=r(2430)
const d=e=>{if(e.includes("\r\n"))throw new i("Authorization token contains invalid \\r\\n sequence.")
return e}
t.fromHttp=(e={})=>{let t
e.logger?.debug("@aws-sdk/credential-provider-http - fromHttp")
const r=e.awsContainerCredentialsRelativeUri??process.env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI,l=e.awsContainerCredentialsFullUri??process.env.AWS_CONTAINER_CREDENTIALS_FULL_URI,g=e.awsContainerAuthorizationToken??process.env.AWS_CONTAINER_AUTHORIZATION_TOKEN,p=e.awsContainerAuthorizationTokenFile??process.env.AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE,h="NoOpLogger"!==e.logger?.constructor?.name&&e.logger?.warn?e.logger.warn.bind(e.logger):console.warn
if(r&&l&&(h("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsContainerCredentialsFullUri."),h("awsContainerCredentialsRelativeUri will take precedence.")),g&&p&&(h("@aws-sdk/credential-provider-http: you have set both awsContainerAuthorizationToken and awsContainerAuthorizationTokenFile."),h("awsContainerAuthorizationTokenFile will take precedence.")),r)t=`http://169.254.170.2${r}`
else{if(!l)throw new i("No HTTP credential provider host provided.\nSet AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.",{logger:e.logger})
t=l}const f=new URL(t);((e,t)=>{if("https:"!==e.protocol&&"169.254.170.2"!==e.hostname&&"169.254.170.23"!==e.hostname&&"[fd00:ec2::23]"!==e.hostname){if(e.hostname.includes("[")){if("[::1]"===e.hostname||"[0000:0000:0000:0000:0000:0000:0000:0001]"===e.hostname)return}else{if("localhost"===e.hostname)return
const t=e.hostname.split("."),r=e=>{const t=parseInt(e,10)
return 0<=t&&t<=255}
if("127"===t[0]&&r(t[1])&&r(t[2])&&r(t[3])&&4===t.length)return}throw new i("URL not accepted. It must either be HTTPS or match one of the following:\n  - loopback CIDR 127.0.0.0/8 or [::1/128]\n  - ECS container host 169.254.170.2\n  - EKS container host 169.254.170.23 or [fd00:ec2::23]",{logger:t})}})(f,e.logger)
const m=s.create({connectionTimeout:e.timeout??1e3}),y=e.timeout??1e3,S=(w=async()=>{const t=function(e){return new a({protocol:e.protocol,hostname:e.hostname,port:Number(e.port),path:e.pathname,query:Array.from(e.searchParams.entries()).reduce((e,[t,r])=>(e[t]=r,e),{}),fragment:e.hash})}(f)
p?t.headers.Authorization=d((await o.readFile(p)).toString()):g&&(t.headers.Authorization=d(g))
try{return async function(e,t){const r=c(e.body),n=await r.transformToString()
if(200===e.statusCode){const e=JSON.parse(n)
if("string"!=typeof e.AccessKeyId||"string"!=typeof e.SecretAccessKey||"string"!=typeof e.Token||"string"!=typeof e.Expiration)throw new i("HTTP credential provider response not of the required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",{logger:t})
return{accessKeyId:e.AccessKeyId,secretAccessKey:e.SecretAccessKey,sessionToken:e.Token,expiration:u(e.Expiration)}}if(e.statusCode>=400&&e.statusCode<500){let r={}
try{r=JSON.parse(n)}catch(e){}throw Object.assign(new i(`Server responded with status: ${e.statusCode}`,{logger:t}),{Code:r.Code,Message:r.Message})}throw new i(`Server responded with status: ${e.statusCode}`,{logger:t})}((await m.handle(t,{requestTimeout:y})).response).then(e=>n(e,"CREDENTIALS_HTTP","z"))}catch(t){throw new i(String(t),{logger:e.logger})}},E=e.maxRetries??3,v=e.timeout??1e3,async()=>{for(let e=0;e<E;++e)try{return await w()}catch(e){await new Promise(e=>setTimeout(e,v))}return await w()})
var w,E,v
return async()=>{try{return await S()}finally{m.destroy?.()}}}},5869:(e,t,r)=>{const{CredentialsProviderError:n,chain:i,getProfileName:s,parseKnownFiles:o}=r(7291),{setCredentialFeature:a}=r(5152),c=e=>a(e,"CREDENTIALS_PROFILE_NAMED_PROVIDER","p"),u=(e,{profile:t,logger:r})=>{const n="string"==typeof e.source_profile&&void 0===e.credential_source
return n&&r?.debug?.(`    ${t} isAssumeRoleWithSourceProfile source_profile=${e.source_profile}`),n},d=(e,{profile:t,logger:r})=>{const n="string"==typeof e.credential_source&&void 0===e.source_profile
return n&&r?.debug?.(`    ${t} isCredentialSourceProfile credential_source=${e.credential_source}`),n},l=async(e,t,o,u,d={},l)=>{o.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)")
const p=t[e],{source_profile:h,region:f}=p
if(!o.roleAssumer){const{getDefaultRoleAssumer:e}=r(1136)
o.roleAssumer=e({...o.clientConfig,credentialProviderLogger:o.logger,parentClientConfig:{...u,...o?.parentClientConfig,region:f??o?.parentClientConfig?.region??u?.region}},o.clientPlugins)}if(h&&h in d)throw new n(`Detected a cycle attempting to resolve credentials for profile ${s(o)}. Profiles visited: `+Object.keys(d).join(", "),{logger:o.logger})
o.logger?.debug("@aws-sdk/credential-provider-ini - finding credential resolver using "+(h?`source_profile=[${h}]`:`profile=[${e}]`))
const m=h?l(h,t,o,u,{...d,[h]:!0},g(t[h]??{})):(await((e,t,s)=>{const o={EcsContainer:async e=>{const{fromHttp:t}=r(8605),{fromContainerMetadata:n}=r(566)
return s?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"),async()=>i(t(e??{}),n(e))().then(c)},Ec2InstanceMetadata:async e=>{s?.debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata")
const{fromInstanceMetadata:t}=r(566)
return async()=>t(e)().then(c)},Environment:async e=>{s?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment")
const{fromEnv:t}=r(5606)
return async()=>t(e)().then(c)}}
if(e in o)return o[e]
throw new n(`Unsupported credential source in profile ${t}. Got ${e}, expected EcsContainer or Ec2InstanceMetadata or Environment.`,{logger:s})})(p.credential_source,e,o.logger)(o))()
if(g(p))return m.then(e=>a(e,"CREDENTIALS_PROFILE_SOURCE_PROFILE","o"))
{const t={RoleArn:p.role_arn,RoleSessionName:p.role_session_name||`aws-sdk-js-${Date.now()}`,ExternalId:p.external_id,DurationSeconds:parseInt(p.duration_seconds||"3600",10)},{mfa_serial:r}=p
if(r){if(!o.mfaCodeProvider)throw new n(`Profile ${e} requires multi-factor authentication, but no MFA code callback was provided.`,{logger:o.logger,tryNextLink:!1})
t.SerialNumber=r,t.TokenCode=await o.mfaCodeProvider(r)}const i=await m
return o.roleAssumer(i,t).then(e=>a(e,"CREDENTIALS_PROFILE_SOURCE_PROFILE","o"))}},g=e=>!e.role_arn&&!!e.credential_source,p=e=>Boolean(e)&&"object"==typeof e&&"string"==typeof e.aws_access_key_id&&"string"==typeof e.aws_secret_access_key&&["undefined","string"].indexOf(typeof e.aws_session_token)>-1&&["undefined","string"].indexOf(typeof e.aws_account_id)>-1,h=async(e,t)=>{t?.logger?.debug("@aws-sdk/credential-provider-ini - resolveStaticCredentials")
const r={accessKeyId:e.aws_access_key_id,secretAccessKey:e.aws_secret_access_key,sessionToken:e.aws_session_token,...e.aws_credential_scope&&{credentialScope:e.aws_credential_scope},...e.aws_account_id&&{accountId:e.aws_account_id}}
return a(r,"CREDENTIALS_PROFILE","n")},f=async(e,t,i,s,o={},c=!1)=>{const g=t[e]
if(Object.keys(o).length>0&&p(g))return h(g,i)
if(c||((e,{profile:t="default",logger:r}={})=>Boolean(e)&&"object"==typeof e&&"string"==typeof e.role_arn&&["undefined","string"].indexOf(typeof e.role_session_name)>-1&&["undefined","string"].indexOf(typeof e.external_id)>-1&&["undefined","string"].indexOf(typeof e.mfa_serial)>-1&&(u(e,{profile:t,logger:r})||d(e,{profile:t,logger:r})))(g,{profile:e,logger:i.logger}))return l(e,t,i,s,o,f)
if(p(g))return h(g,i)
if(m=g,Boolean(m)&&"object"==typeof m&&"string"==typeof m.web_identity_token_file&&"string"==typeof m.role_arn&&["undefined","string"].indexOf(typeof m.role_session_name)>-1)return(async(e,t,n)=>{const{fromTokenFile:i}=r(9956),s=await i({webIdentityTokenFile:e.web_identity_token_file,roleArn:e.role_arn,roleSessionName:e.role_session_name,roleAssumerWithWebIdentity:t.roleAssumerWithWebIdentity,logger:t.logger,parentClientConfig:t.parentClientConfig})({callerClientConfig:n})
return a(s,"CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN","q")})(g,i,s)
var m
if((e=>Boolean(e)&&"object"==typeof e&&"string"==typeof e.credential_process)(g))return(async(e,t)=>{const{fromProcess:n}=r(5360),i=await n({...e,profile:t})()
return a(i,"CREDENTIALS_PROFILE_PROCESS","v")})(i,e)
if((e=>e&&("string"==typeof e.sso_start_url||"string"==typeof e.sso_account_id||"string"==typeof e.sso_session||"string"==typeof e.sso_region||"string"==typeof e.sso_role_name))(g))return await(async(e,t,n={},i)=>{const{fromSSO:s}=r(998)
return s({profile:e,logger:n.logger,parentClientConfig:n.parentClientConfig,clientConfig:n.clientConfig})({callerClientConfig:i}).then(e=>t.sso_session?a(e,"CREDENTIALS_PROFILE_SSO","r"):a(e,"CREDENTIALS_PROFILE_SSO_LEGACY","t"))})(e,g,i,s)
if((e=>Boolean(e&&e.login_session))(g))return(async(e,t,n)=>{const{fromLoginCredentials:i}=r(4072),s=await i({...t,profile:e})({callerClientConfig:n})
return a(s,"CREDENTIALS_PROFILE_LOGIN","AC")})(e,i,s)
throw new n(`Could not resolve credentials using profile: [${e}] in configuration/credentials file(s).`,{logger:i.logger})}
t.fromIni=(e={})=>async({callerClientConfig:t}={})=>{e.logger?.debug("@aws-sdk/credential-provider-ini - fromIni")
const r=await o(e)
return f(s({profile:e.profile??t?.profile}),r,e,t)}},4072:(e,t,r)=>{const{setCredentialFeature:n}=r(5152),{CredentialsProviderError:i,parseKnownFiles:s,getProfileName:o}=r(7291),{HttpRequest:a}=r(3422),{createHash:c,createPrivateKey:u,createPublicKey:d,sign:l}=r(7598),{promises:g}=r(3024),{homedir:p}=r(8161),{dirname:h,join:f}=r(6760)
class m{profileData
init
callerClientConfig
static REFRESH_THRESHOLD=3e5
constructor(e,t,r){this.profileData=e,this.init=t,this.callerClientConfig=r}async loadCredentials(){const e=await this.loadToken()
if(!e)throw new i(`Failed to load a token for session ${this.loginSession}, please re-authenticate using aws login`,{tryNextLink:!1,logger:this.logger})
const t=e.accessToken,r=Date.now()
return new Date(t.expiresAt).getTime()-r<=m.REFRESH_THRESHOLD?this.refresh(e):this.toCredentials(e.accessToken)}get logger(){return this.init?.logger}get loginSession(){return this.profileData.login_session}toCredentials(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,sessionToken:e.sessionToken,accountId:e.accountId,expiration:new Date(e.expiresAt)}}async refresh(e){const t=await this.loadToken().catch(()=>e),n=Date.now(),s=new Date(t.accessToken.expiresAt).getTime(),o=new Date(e.accessToken.expiresAt).getTime(),a=s<=n&&o>n?e:t
if(new Date(a.accessToken.expiresAt).getTime()-Date.now()>m.REFRESH_THRESHOLD)return this.toCredentials(a.accessToken)
const{SigninClient:c,CreateOAuth2TokenCommand:u}=r(9762),{logger:d,userAgentAppId:l}=this.callerClientConfig??{},g=(e=>"h2"===e?.metadata?.handlerProtocol)(this.callerClientConfig?.requestHandler)?void 0:this.callerClientConfig?.requestHandler,p="string"==typeof a.signInRegion&&a.signInRegion.length>0?a.signInRegion:void 0,h=new c({credentials:{accessKeyId:"",secretAccessKey:""},region:p??this.profileData.region??await(this.callerClientConfig?.region?.())??process.env.AWS_REGION,requestHandler:g,logger:d,userAgentAppId:l,...this.init?.clientConfig,...p&&{region:p}})
this.createDPoPInterceptor(h.middlewareStack)
const f={tokenInput:{clientId:a.clientId,refreshToken:a.refreshToken,grantType:"refresh_token"}}
try{const e=await h.send(new u(f)),{accessKeyId:t,secretAccessKey:r,sessionToken:n}=e.tokenOutput?.accessToken??{},{refreshToken:s,expiresIn:o}=e.tokenOutput??{}
if(!(t&&r&&n&&s))throw new i("Token refresh response missing required fields",{logger:this.logger,tryNextLink:!1})
const c=1e3*(o??900),d=new Date(Date.now()+c),l={...a,accessToken:{...a.accessToken,accessKeyId:t,secretAccessKey:r,sessionToken:n,expiresAt:d.toISOString()},refreshToken:s}
return await this.saveToken(l),this.toCredentials(l.accessToken)}catch(e){if("AccessDeniedException"===e.name){let t
switch(e.error){case"TOKEN_EXPIRED":t="Your session has expired. Please reauthenticate."
break
case"USER_CREDENTIALS_CHANGED":t="Unable to refresh credentials because of a change in your password. Please reauthenticate with your new password."
break
case"INSUFFICIENT_PERMISSIONS":t="Unable to refresh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action."
break
default:t=`Failed to refresh token: ${String(e)}. Please re-authenticate using \`aws login\``}throw new i(t,{logger:this.logger,tryNextLink:!1})}if(new Date(a.accessToken.expiresAt).getTime()>Date.now())return this.logger?.warn?.(`Failed to refresh token: ${String(e)}. Using existing token until expiry.`),this.toCredentials(a.accessToken)
throw new i(`Failed to refresh token: ${String(e)}. Please re-authenticate using aws login`,{logger:this.logger})}}async loadToken(){const e=this.getTokenFilePath()
try{const t=await g.readFile(e,"utf8"),r=JSON.parse(t),n=["accessToken","clientId","refreshToken","dpopKey"].filter(e=>!r[e])
if(r.accessToken?.accountId||n.push("accountId"),n.length>0)throw new i(`Token validation failed, missing fields: ${n.join(", ")}`,{logger:this.logger,tryNextLink:!1})
return r}catch(t){throw new i(`Failed to load token from ${e}: ${String(t)}`,{logger:this.logger,tryNextLink:!1})}}async saveToken(e){const t=this.getTokenFilePath(),r=h(t)
try{await g.mkdir(r,{recursive:!0})}catch(e){}await g.writeFile(t,JSON.stringify(e,null,2),"utf8")}getTokenFilePath(){const e=process.env.AWS_LOGIN_CACHE_DIRECTORY??f(p(),".aws","login","cache"),t=Buffer.from(this.loginSession,"utf8"),r=c("sha256").update(t).digest("hex")
return f(e,`${r}.json`)}derToRawSignature(e){let t=2
if(2!==e[t])throw new Error("Invalid DER signature")
t++
const r=e[t++]
let n=e.subarray(t,t+r)
if(t+=r,2!==e[t])throw new Error("Invalid DER signature")
t++
const i=e[t++]
let s=e.subarray(t,t+i)
n=0===n[0]?n.subarray(1):n,s=0===s[0]?s.subarray(1):s
const o=Buffer.concat([Buffer.alloc(32-n.length),n]),a=Buffer.concat([Buffer.alloc(32-s.length),s])
return Buffer.concat([o,a])}createDPoPInterceptor(e){e.add(e=>async t=>{if(a.isInstance(t.request)){const e=t.request,r=`${e.protocol}//${e.hostname}${e.port?`:${e.port}`:""}${e.path}`,n=await this.generateDpop(e.method,r)
e.headers={...e.headers,DPoP:n}}return e(t)},{step:"finalizeRequest",name:"dpopInterceptor",override:!0})}async generateDpop(e="POST",t){const r=await this.loadToken()
try{const n=u({key:r.dpopKey,format:"pem",type:"sec1"}),i=d(n).export({format:"der",type:"spki"})
let s=-1
for(let e=0;e<i.length;e++)if(4===i[e]){s=e
break}const o=i.slice(s+1,s+33),a=i.slice(s+33,s+65),c={alg:"ES256",typ:"dpop+jwt",jwk:{kty:"EC",crv:"P-256",x:o.toString("base64url"),y:a.toString("base64url")}},g={jti:crypto.randomUUID(),htm:e,htu:t,iat:Math.floor(Date.now()/1e3)},p=Buffer.from(JSON.stringify(c)).toString("base64url"),h=`${p}.${Buffer.from(JSON.stringify(g)).toString("base64url")}`,f=l("sha256",Buffer.from(h),n),m=this.derToRawSignature(f)
return`${h}.${m.toString("base64url")}`}catch(e){throw new i(`Failed to generate Dpop proof: ${e instanceof Error?e.message:String(e)}`,{logger:this.logger,tryNextLink:!1})}}}t.fromLoginCredentials=e=>async({callerClientConfig:t}={})=>{e?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials")
const r=await s(e||{}),a=o({profile:e?.profile??t?.profile}),c=r[a]
if(!c?.login_session)throw new i(`Profile ${a} does not contain login_session.`,{tryNextLink:!0,logger:e?.logger})
const u=new m(c,e,t),d=await u.loadCredentials()
return n(d,"CREDENTIALS_LOGIN","AD")}},5861:(e,t,r)=>{const{ENV_KEY:n,ENV_SECRET:i,fromEnv:s}=r(5606),{chain:o,CredentialsProviderError:a,ENV_PROFILE:c}=r(7291),u="AWS_EC2_METADATA_DISABLED"
const d=e=>async t=>{let r
for(const n of e)try{return await n(t)}catch(e){if(r=e,e?.tryNextLink)continue
throw e}throw r}
let l=!1
const g=e=>void 0!==e?.expiration&&e.expiration.getTime()-Date.now()<3e5
t.credentialsTreatedAsExpired=g,t.credentialsWillNeedRefresh=e=>void 0!==e?.expiration,t.defaultProvider=(e={})=>function(e,t){const r=d(e)
let n,i,s,o
const a=async e=>{if(e?.forceRefresh)return o||(o=r(e).then(e=>{s=e}).finally(()=>{o=void 0})),await o,s
if(s?.expiration&&s?.expiration?.getTime()<Date.now()&&(s=void 0),n)await n
else if(!s||t?.(s)){if(!s)return n=r(e).then(e=>{s=e}).finally(()=>{n=void 0}),a(e)
i||(i=r(e).then(e=>{s=e}).catch(()=>{}).finally(()=>{i=void 0}))}return s}
return a}([async()=>{if(e.profile??process.env[c]){if(process.env[n]&&process.env[i]&&!l){(e.logger?.warn&&"NoOpLogger"!==e.logger?.constructor?.name?e.logger.warn.bind(e.logger):console.warn)("@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:\n    Multiple credential sources detected: \n    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.\n    This SDK will proceed with the AWS_PROFILE value.\n    \n    However, a future version may change this behavior to prefer the ENV static credentials.\n    Please ensure that your environment only sets either the AWS_PROFILE or the\n    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.\n"),l=!0}throw new a("AWS_PROFILE is set, skipping fromEnv provider.",{logger:e.logger,tryNextLink:!0})}return e.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromEnv"),s(e)()},async t=>{e.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO")
const{ssoStartUrl:n,ssoAccountId:i,ssoRegion:s,ssoRoleName:o,ssoSession:c}=e
if(!(n||i||s||o||c))throw new a("Skipping SSO provider in default chain (inputs do not include SSO fields).",{logger:e.logger})
const{fromSSO:u}=r(998)
return u(e)(t)},async t=>{e.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromIni")
const{fromIni:n}=r(5869)
return n(e)(t)},async t=>{e.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromProcess")
const{fromProcess:n}=r(5360)
return n(e)(t)},async t=>{e.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile")
const{fromTokenFile:n}=r(9956)
return n(e)(t)},async()=>(e.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::remoteProvider"),(await(async e=>{const{ENV_CMDS_FULL_URI:t,ENV_CMDS_RELATIVE_URI:n,fromContainerMetadata:i,fromInstanceMetadata:s}=r(566)
if(process.env[n]||process.env[t]){e.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata")
const{fromHttp:t}=r(8605)
return o(t(e),i(e))}return process.env[u]&&"false"!==process.env[u]?async()=>{throw new a("EC2 Instance Metadata Service access disabled",{logger:e.logger})}:(e.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),s(e))})(e))()),async()=>{throw new a("Could not load credentials from any providers",{tryNextLink:!1,logger:e.logger})}],g)},5360:(e,t,r)=>{const{externalDataInterceptor:n,CredentialsProviderError:i,parseKnownFiles:s,getProfileName:o}=r(7291),{exec:a}=r(1421),{promisify:c}=r(7975),{setCredentialFeature:u}=r(5152),d=async(e,t,r)=>{const s=t[e]
if(!t[e])throw new i(`Profile ${e} could not be found in shared credentials file.`,{logger:r})
{const o=s.credential_process
if(void 0===o)throw new i(`Profile ${e} did not contain credential_process.`,{logger:r})
{const s=c(n?.getTokenRecord?.().exec??a)
try{const{stdout:r}=await s(o)
let n
try{n=JSON.parse(r.trim())}catch{throw Error(`Profile ${e} credential_process returned invalid JSON.`)}return((e,t,r)=>{if(1!==t.Version)throw Error(`Profile ${e} credential_process did not return Version 1.`)
if(void 0===t.AccessKeyId||void 0===t.SecretAccessKey)throw Error(`Profile ${e} credential_process returned invalid credentials.`)
if(t.Expiration){const r=new Date
if(new Date(t.Expiration)<r)throw Error(`Profile ${e} credential_process returned expired credentials.`)}let n=t.AccountId
!n&&r?.[e]?.aws_account_id&&(n=r[e].aws_account_id)
const i={accessKeyId:t.AccessKeyId,secretAccessKey:t.SecretAccessKey,...t.SessionToken&&{sessionToken:t.SessionToken},...t.Expiration&&{expiration:new Date(t.Expiration)},...t.CredentialScope&&{credentialScope:t.CredentialScope},...n&&{accountId:n}}
return u(i,"CREDENTIALS_PROCESS","w"),i})(e,n,t)}catch(e){throw new i(e.message,{logger:r})}}}}
t.fromProcess=(e={})=>async({callerClientConfig:t}={})=>{e.logger?.debug("@aws-sdk/credential-provider-process - fromProcess")
const r=await s(e)
return d(o({profile:e.profile??t?.profile}),r,e.logger)}},998:(e,t,r)=>{const{CredentialsProviderError:n,getSSOTokenFromFile:i,getProfileName:s,parseKnownFiles:o,loadSsoSessionData:a}=r(7291),{setCredentialFeature:c}=r(5152),{fromSso:u}=r(5433),d=e=>e&&("string"==typeof e.sso_start_url||"string"==typeof e.sso_account_id||"string"==typeof e.sso_session||"string"==typeof e.sso_region||"string"==typeof e.sso_role_name),l=!1,g=async({ssoStartUrl:e,ssoSession:t,ssoAccountId:s,ssoRegion:o,ssoRoleName:a,ssoClient:d,clientConfig:g,parentClientConfig:p,callerClientConfig:h,profile:f,filepath:m,configFilepath:y,ignoreCache:S,logger:w})=>{let E
const v="To refresh this SSO session run aws sso login with the corresponding profile."
if(t)try{const e=await u({profile:f,filepath:m,configFilepath:y,ignoreCache:S,clientConfig:g,parentClientConfig:p,logger:w})({callerClientConfig:h})
E={accessToken:e.token,expiresAt:new Date(e.expiration).toISOString()}}catch(e){throw new n(e.message,{tryNextLink:l,logger:w})}else try{E=await i(e)}catch(e){throw new n(`The SSO session associated with this profile is invalid. ${v}`,{tryNextLink:l,logger:w})}if(new Date(E.expiresAt).getTime()-Date.now()<=0)throw new n(`The SSO session associated with this profile has expired. ${v}`,{tryNextLink:l,logger:w})
const{accessToken:b}=E,{SSOClient:A,GetRoleCredentialsCommand:C}=r(3707),T=d||new A(Object.assign({},g??{},{logger:g?.logger??h?.logger??p?.logger,region:g?.region??o,userAgentAppId:g?.userAgentAppId??h?.userAgentAppId??p?.userAgentAppId}))
let I
try{I=await T.send(new C({accountId:s,roleName:a,accessToken:b}))}catch(e){throw new n(e,{tryNextLink:l,logger:w})}const{roleCredentials:{accessKeyId:_,secretAccessKey:x,sessionToken:R,expiration:k,credentialScope:P,accountId:O}={}}=I
if(!(_&&x&&R&&k))throw new n("SSO returns an invalid temporary credential.",{tryNextLink:l,logger:w})
const N={accessKeyId:_,secretAccessKey:x,sessionToken:R,expiration:new Date(k),...P&&{credentialScope:P},...O&&{accountId:O}}
return t?c(N,"CREDENTIALS_SSO","s"):c(N,"CREDENTIALS_SSO_LEGACY","u"),N},p=(e,t)=>{const{sso_start_url:r,sso_account_id:i,sso_region:s,sso_role_name:o}=e
if(!(r&&i&&s&&o))throw new n(`Profile is configured with invalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(e).join(", ")}\nReference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,{tryNextLink:!1,logger:t})
return e}
t.fromSSO=(e={})=>async({callerClientConfig:t}={})=>{e.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO")
const{ssoStartUrl:r,ssoAccountId:i,ssoRegion:c,ssoRoleName:u,ssoSession:l}=e,{ssoClient:h}=e,f=s({profile:e.profile??t?.profile})
if(r||i||c||u||l){if(r&&i&&c&&u)return g({ssoStartUrl:r,ssoSession:l,ssoAccountId:i,ssoRegion:c,ssoRoleName:u,ssoClient:h,clientConfig:e.clientConfig,parentClientConfig:e.parentClientConfig,callerClientConfig:e.callerClientConfig,profile:f,filepath:e.filepath,configFilepath:e.configFilepath,ignoreCache:e.ignoreCache,logger:e.logger})
throw new n('Incomplete configuration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',{tryNextLink:!1,logger:e.logger})}{const t=(await o(e))[f]
if(!t)throw new n(`Profile ${f} was not found.`,{logger:e.logger})
if(!d(t))throw new n(`Profile ${f} is not configured with SSO credentials.`,{logger:e.logger})
if(t?.sso_session){const i=(await a(e))[t.sso_session],s=` configurations in profile ${f} and sso-session ${t.sso_session}`
if(c&&c!==i.sso_region)throw new n("Conflicting SSO region"+s,{tryNextLink:!1,logger:e.logger})
if(r&&r!==i.sso_start_url)throw new n("Conflicting SSO start_url"+s,{tryNextLink:!1,logger:e.logger})
t.sso_region=i.sso_region,t.sso_start_url=i.sso_start_url}const{sso_start_url:i,sso_account_id:s,sso_region:u,sso_role_name:l,sso_session:m}=p(t,e.logger)
return g({ssoStartUrl:i,ssoSession:m,ssoAccountId:s,ssoRegion:u,ssoRoleName:l,ssoClient:h,clientConfig:e.clientConfig,parentClientConfig:e.parentClientConfig,callerClientConfig:e.callerClientConfig,profile:f,filepath:e.filepath,configFilepath:e.configFilepath,ignoreCache:e.ignoreCache,logger:e.logger})}},t.isSsoProfile=d,t.validateSsoProfile=p},3707:(e,t,r)=>{const{GetRoleCredentialsCommand:n,SSOClient:i}=r(2579)
t.GetRoleCredentialsCommand=n,t.SSOClient=i},9956:(e,t,r)=>{const{setCredentialFeature:n}=r(5152),{CredentialsProviderError:i,externalDataInterceptor:s}=r(7291),{readFileSync:o}=r(3024),a=e=>async t=>{e.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken")
const{roleArn:n,roleSessionName:i,webIdentityToken:s,providerId:o,policyArns:a,policy:c,durationSeconds:u}=e
let{roleAssumerWithWebIdentity:d}=e
if(!d){const{getDefaultRoleAssumerWithWebIdentity:n}=r(1136)
d=n({...e.clientConfig,credentialProviderLogger:e.logger,parentClientConfig:{...t?.callerClientConfig,...e.parentClientConfig}},e.clientPlugins)}return d({RoleArn:n,RoleSessionName:i??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:s,ProviderId:o,PolicyArns:a,Policy:c,DurationSeconds:u})},c="AWS_WEB_IDENTITY_TOKEN_FILE"
t.fromTokenFile=(e={})=>async t=>{e.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile")
const r=e?.webIdentityTokenFile??process.env[c],u=e?.roleArn??process.env.AWS_ROLE_ARN,d=e?.roleSessionName??process.env.AWS_ROLE_SESSION_NAME
if(!r||!u)throw new i("Web identity configuration not specified",{logger:e.logger})
const l=await a({...e,webIdentityToken:s?.getTokenRecord?.()[r]??o(r,{encoding:"ascii"}),roleArn:u,roleSessionName:d})(t)
return r===process.env[c]&&n(l,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),l},t.fromWebToken=a},9762:(e,t,r)=>{const{awsEndpointFunctions:n,emitWarningIfUnsupportedVersion:i,createDefaultUserAgentProvider:s,getDefaultSocketTimeout:o,NODE_APP_ID_CONFIG_OPTIONS:a,getAwsRegionExtensionConfiguration:c,resolveAwsRegionExtensionConfiguration:u,resolveUserAgentConfig:d,resolveHostHeaderConfig:l,getUserAgentPlugin:g,getHostHeaderPlugin:p,getLoggerPlugin:h,getRecursionDetectionPlugin:f}=r(5152),{NoAuthSigner:m,getHttpAuthSchemeEndpointRuleSetPlugin:y,DefaultIdentityProviderConfig:S,getHttpSigningPlugin:w}=r(402),{normalizeProvider:E,getSmithyContext:v,ServiceException:b,NoOpLogger:A,emitWarningIfUnsupportedVersion:C,loadConfigsForDefaultMode:T,getDefaultExtensionConfiguration:I,resolveDefaultRuntimeConfig:_,Client:x,makeBuilder:R,createAggregatedClient:k}=r(2658),{Command:P}=r(2658)
t.$Command=P,t.__Client=x
const{resolveDefaultsModeConfig:O,loadConfig:N,NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS:D,NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS:M,NODE_REGION_CONFIG_OPTIONS:F,NODE_REGION_CONFIG_FILE_OPTIONS:L,resolveRegionConfig:$}=r(7291),{BinaryDecisionDiagram:U,EndpointCache:B,decideEndpoint:z,customEndpointFunctions:H,resolveEndpointConfig:V,getEndpointPlugin:q}=r(2085),{parseUrl:j,getHttpHandlerExtensionConfiguration:W,resolveHttpHandlerRuntimeConfig:G,getContentLengthPlugin:K}=r(3422),{DEFAULT_RETRY_MODE:Q,NODE_RETRY_MODE_CONFIG_OPTIONS:Y,NODE_MAX_ATTEMPT_CONFIG_OPTIONS:X,resolveRetryConfig:J,getRetryPlugin:Z}=r(3609),{TypeRegistry:ee,getSchemaSerdePlugin:te}=r(6890),{resolveAwsSdkSigV4Config:re,AwsSdkSigV4Signer:ne,NODE_AUTH_SCHEME_PREFERENCE_OPTIONS:ie}=r(7523),{toUtf8:se,fromUtf8:oe,toBase64:ae,fromBase64:ce,calculateBodyLength:ue}=r(2430),{streamCollector:de,NodeHttpHandler:le}=r(1279),{AwsRestJsonProtocol:ge}=r(7288),{Sha256:pe}=r(9542),he=async(e,t,r)=>({operation:v(t).operation,region:await E(e.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()})
const fe=e=>{const t=[]
if("CreateOAuth2Token"===e.operation)t.push({schemeId:"smithy.api#noAuth"})
else t.push(function(e){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"signin",region:e.region},propertiesExtractor:(e,t)=>({signingProperties:{config:e,context:t}})}}(e))
return t}
var me="3.998.4"
const ye="ref",Se=-1,we=!1,Ee=!0,ve="isSet",be="booleanEquals",Ae="coalesce",Ce="PartitionResult",Te="stringEquals",Ie="getAttr",_e="https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}",xe={[ye]:"Endpoint"},Re={fn:Ie,argv:[{[ye]:Ce},"name"]},ke={[ye]:"Region"},Pe={[ye]:Ce},Oe={authSchemes:[{name:"sigv4",signingName:"signin",signingRegion:"{Region}"}]},Ne={},De=[ke],Me={conditions:[[ve,De],[be,[{fn:Ae,argv:[{[ye]:"IsControlPlane"},we]},Ee]],[ve,[xe]],["aws.partition",De,Ce],[be,[{[ye]:"UseFIPS"},Ee]],[Te,[Re,"aws"]],[be,[{fn:Ae,argv:[{[ye]:"IsOAuthEndpoint"},we]},Ee]],[be,[{[ye]:"UseDualStack"},Ee]],[Te,[Re,"aws-cn"]],[Te,[ke,"us-gov-west-1"]],[Te,[Re,"aws-us-gov"]],[be,[{fn:Ie,argv:[Pe,"supportsFIPS"]},Ee]],[Te,[Re,"aws-iso"]],[Te,[Re,"aws-iso-b"]],[Te,[Re,"aws-iso-f"]],[Te,[Re,"aws-iso-e"]],[Te,[Re,"aws-eusc"]],[be,[{fn:Ie,argv:[Pe,"supportsDualStack"]},Ee]]],results:[[Se],["https://signin.{Region}.api.aws",Oe],["https://signin.{Region}.api.amazonwebservices.com.cn",Oe],[_e,Oe],[Se,"FIPS endpoints are not supported for OAuth operations. Disable FIPS or use a non-OAuth operation."],["https://{Region}.oauth.signin.aws",Oe],["https://{Region}.signin.aws.amazon.com",Ne],["https://{Region}.signin.amazonaws.cn",Ne],["https://{Region}.signin.amazonaws-us-gov.com",Ne],["https://{Region}.signin.c2shome.ic.gov",Ne],["https://{Region}.signin.sc2shome.sgov.gov",Ne],["https://{Region}.signin.csphome.hci.ic.gov",Ne],["https://{Region}.signin.csphome.adc-e.uk",Ne],["https://{Region}.signin.amazonaws-eusc.eu",Ne],["https://signin-fips.amazonaws-us-gov.com",Ne],["https://{Region}.signin-fips.amazonaws-us-gov.com",Ne],["https://{Region}.signin.{PartitionResult#dnsSuffix}",Ne],[Se,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Se,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[xe,Ne],["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Ne],[Se,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}",Ne],[Se,"FIPS is enabled but this partition does not support FIPS"],[_e,Ne],[Se,"DualStack is enabled but this partition does not support DualStack"],["https://signin.{Region}.{PartitionResult#dnsSuffix}",Ne],[Se,"Invalid Configuration: Missing Region"]]},Fe=1e8,Le=new Int32Array([-1,1,-1,0,6,3,2,36,4,4,5,Fe+27,6,Fe+4,Fe+27,1,29,7,2,36,8,3,9,31,4,22,10,5,19,11,7,21,12,8,Fe+7,13,10,Fe+8,14,12,Fe+9,15,13,Fe+10,16,14,Fe+11,17,15,Fe+12,18,16,Fe+13,Fe+16,6,Fe+5,20,7,21,Fe+6,17,Fe+24,Fe+25,6,Fe+4,23,7,27,24,9,Fe+14,25,10,Fe+15,26,11,Fe+22,Fe+23,11,28,Fe+21,17,Fe+20,Fe+21,2,35,30,3,39,31,4,32,Fe+27,6,Fe+4,33,7,Fe+27,34,9,Fe+14,Fe+27,3,39,36,4,38,37,7,Fe+18,Fe+19,6,Fe+4,Fe+17,5,Fe+1,40,8,Fe+2,Fe+3]),$e=U.from(Le,2,Me.conditions,Me.results),Ue=new B({size:50,params:["Endpoint","IsControlPlane","IsOAuthEndpoint","Region","UseDualStack","UseFIPS"]}),Be=(e,t={})=>Ue.get(e,()=>z($e,{endpointParams:e,logger:t.logger}))
H.aws=n
class ze extends b{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException"
constructor(e){super(e),Object.setPrototypeOf(this,ze.prototype)}}class He extends ze{static shapeId="com.amazonaws.signin#AccessDeniedException"
name="AccessDeniedException"
$fault="client"
error
constructor(e){super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,He.prototype),this.error=e.error}}class Ve extends ze{static shapeId="com.amazonaws.signin#InternalServerException"
name="InternalServerException"
$fault="server"
error
constructor(e){super({name:"InternalServerException",$fault:"server",...e}),Object.setPrototypeOf(this,Ve.prototype),this.error=e.error}}class qe extends ze{static shapeId="com.amazonaws.signin#TooManyRequestsError"
name="TooManyRequestsError"
$fault="client"
error
constructor(e){super({name:"TooManyRequestsError",$fault:"client",...e}),Object.setPrototypeOf(this,qe.prototype),this.error=e.error}}class je extends ze{static shapeId="com.amazonaws.signin#ValidationException"
name="ValidationException"
$fault="client"
error
constructor(e){super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,je.prototype),this.error=e.error}}const We="accessKeyId",Ge="accessToken",Ke="client",Qe="clientId",Ye="codeVerifier",Xe="error",Je="expiresIn",Ze="grantType",et="http",tt="httpError",rt="idToken",nt="jsonName",it="message",st="refreshToken",ot="redirectUri",at="smithy.ts.sdk.synthetic.com.amazonaws.signin",ct="secretAccessKey",ut="sessionToken",dt="tokenType",lt="com.amazonaws.signin",gt=new ee(at)
var pt=[-3,at,"SigninServiceException",0,[],[]]
gt.registerError(pt,ze)
const ht=new ee(lt)
var ft=[-3,lt,"AccessDeniedException",{[Xe]:Ke},[Xe,it],[0,0],2]
ht.registerError(ft,He)
var mt=[-3,lt,"InternalServerException",{[Xe]:"server",[tt]:500},[Xe,it],[0,0],2]
ht.registerError(mt,Ve)
var yt=[-3,lt,"TooManyRequestsError",{[Xe]:Ke,[tt]:429},[Xe,it],[0,0],2]
ht.registerError(yt,qe)
var St=[-3,lt,"ValidationException",{[Xe]:Ke,[tt]:400},[Xe,it],[0,0],2]
ht.registerError(St,je)
const wt=[gt,ht]
var Et=[0,lt,"OAuthAccessToken",8,0],vt=[0,lt,"RefreshToken",8,0],bt=[3,lt,"AccessToken",8,[We,ct,ut],[[0,{[nt]:We}],[0,{[nt]:ct}],[0,{[nt]:ut}]],3],At=[3,lt,"CreateOAuth2TokenRequest",0,["tokenInput"],[[()=>Ct,16]],1],Ct=[3,lt,"CreateOAuth2TokenRequestBody",0,[Qe,Ze,"code",ot,Ye,st],[[0,{[nt]:Qe}],[0,{[nt]:Ze}],0,[0,{[nt]:ot}],[0,{[nt]:Ye}],[()=>vt,{[nt]:st}]],2],Tt=[3,lt,"CreateOAuth2TokenResponse",0,["tokenOutput"],[[()=>It,16]],1],It=[3,lt,"CreateOAuth2TokenResponseBody",0,[Ge,dt,Je,st,rt],[[()=>bt,{[nt]:Ge}],[0,{[nt]:dt}],[1,{[nt]:Je}],[()=>vt,{[nt]:st}],[0,{[nt]:rt}]],4],_t=[3,lt,"CreateOAuth2TokenWithIAMRequest",0,[Ze,"resource"],[[0,{[nt]:"grant_type"}],0],2],xt=[3,lt,"CreateOAuth2TokenWithIAMResponse",0,[Ge,dt,Je],[[()=>Et,{[nt]:"access_token"}],[0,{[nt]:"token_type"}],[1,{[nt]:"expires_in"}]],3],Rt=[9,lt,"CreateOAuth2Token",{[et]:["POST","/v1/token",200]},()=>At,()=>Tt],kt=[9,lt,"CreateOAuth2TokenWithIAM",{[et]:["POST","/v1/token?x-amz-client-auth-method=iam",200]},()=>_t,()=>xt]
const Pt=e=>{C(process.version)
const t=O(e),r=()=>t().then(T),n=(e=>({apiVersion:"2023-01-01",base64Decoder:e?.base64Decoder??ce,base64Encoder:e?.base64Encoder??ae,disableHostPrefix:e?.disableHostPrefix??!1,endpointProvider:e?.endpointProvider??Be,extensions:e?.extensions??[],httpAuthSchemeProvider:e?.httpAuthSchemeProvider??fe,httpAuthSchemes:e?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new m}],logger:e?.logger??new A,protocol:e?.protocol??ge,protocolSettings:e?.protocolSettings??{defaultNamespace:"com.amazonaws.signin",errorTypeRegistries:wt,version:"2023-01-01",serviceTarget:"Signin"},serviceId:e?.serviceId??"Signin",sha256:e?.sha256??pe,urlParser:e?.urlParser??j,utf8Decoder:e?.utf8Decoder??oe,utf8Encoder:e?.utf8Encoder??se}))(e)
i(process.version)
const c={profile:e?.profile,logger:n.logger}
return{...n,...e,runtime:"node",defaultsMode:t,authSchemePreference:e?.authSchemePreference??N(ie,c),bodyLengthChecker:e?.bodyLengthChecker??ue,defaultSocketTimeout:o(e?.requestHandler,3e5),defaultUserAgentProvider:e?.defaultUserAgentProvider??s({serviceId:n.serviceId,clientVersion:me}),maxAttempts:e?.maxAttempts??N(X,e),region:e?.region??N(F,{...L,...c}),requestHandler:le.create(e?.requestHandler??r),retryMode:e?.retryMode??N({...Y,default:async()=>(await r()).retryMode||Q},e),streamCollector:e?.streamCollector??de,useDualstackEndpoint:e?.useDualstackEndpoint??N(M,c),useFipsEndpoint:e?.useFipsEndpoint??N(D,c),userAgentAppId:e?.userAgentAppId??N(a,c)}}
class Ot extends x{config
constructor(...[e]){const t=Pt(e||{})
super(t),this.initConfig=t
const r=(n=t,Object.assign(n,{useDualstackEndpoint:n.useDualstackEndpoint??!1,useFipsEndpoint:n.useFipsEndpoint??!1,defaultSigningName:"signin"}))
var n
const i=d(r),s=J(i),o=$(s),a=l(o),m=((e,t)=>{const r=Object.assign(c(e),I(e),W(e),(e=>{const t=e.httpAuthSchemes
let r=e.httpAuthSchemeProvider,n=e.credentials
return{setHttpAuthScheme(e){const r=t.findIndex(t=>t.schemeId===e.schemeId);-1===r?t.push(e):t.splice(r,1,e)},httpAuthSchemes:()=>t,setHttpAuthSchemeProvider(e){r=e},httpAuthSchemeProvider:()=>r,setCredentials(e){n=e},credentials:()=>n}})(e))
return t.forEach(e=>e.configure(r)),Object.assign(e,u(r),_(r),G(r),{httpAuthSchemes:(n=r).httpAuthSchemes(),httpAuthSchemeProvider:n.httpAuthSchemeProvider(),credentials:n.credentials()})
var n})((e=>{const t=re(e)
return Object.assign(t,{authSchemePreference:E(e.authSchemePreference??[])})})(V(a)),e?.extensions||[])
this.config=m,this.middlewareStack.use(te(this.config)),this.middlewareStack.use(g(this.config)),this.middlewareStack.use(Z(this.config)),this.middlewareStack.use(K(this.config)),this.middlewareStack.use(p(this.config)),this.middlewareStack.use(h(this.config)),this.middlewareStack.use(f(this.config)),this.middlewareStack.use(y(this.config,{httpAuthSchemeParametersProvider:he,identityProviderConfigProvider:async e=>new S({"aws.auth#sigv4":e.credentials})})),this.middlewareStack.use(w(this.config))}destroy(){super.destroy()}}const Nt=R({UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}},"Signin","SigninClient",q),Dt={IsControlPlane:{type:"staticContextParams",value:!1}},Mt={IsOAuthEndpoint:{type:"staticContextParams",value:!0}},Ft=(e,t,r,n)=>[]
class Lt extends(Nt(Dt,Ft,"CreateOAuth2Token",Rt)){}class $t extends(Nt(Mt,Ft,"CreateOAuth2TokenWithIAM",kt)){}const Ut={CreateOAuth2TokenCommand:Lt,CreateOAuth2TokenWithIAMCommand:$t}
class Bt extends Ot{}k(Ut,Bt)
t.AccessDeniedException=He,t.AccessDeniedException$=ft,t.AccessToken$=bt,t.CreateOAuth2Token$=Rt,t.CreateOAuth2TokenCommand=Lt,t.CreateOAuth2TokenRequest$=At,t.CreateOAuth2TokenRequestBody$=Ct,t.CreateOAuth2TokenResponse$=Tt,t.CreateOAuth2TokenResponseBody$=It,t.CreateOAuth2TokenWithIAM$=kt,t.CreateOAuth2TokenWithIAMCommand=$t,t.CreateOAuth2TokenWithIAMRequest$=_t,t.CreateOAuth2TokenWithIAMResponse$=xt,t.InternalServerException=Ve,t.InternalServerException$=mt,t.OAuth2ErrorCode={AUTHCODE_EXPIRED:"AUTHCODE_EXPIRED",CONFLICT:"CONFLICT",INSUFFICIENT_PERMISSIONS:"INSUFFICIENT_PERMISSIONS",INVALID_REQUEST:"INVALID_REQUEST",OAUTH_INVALID_CLIENT:"invalid_client",OAUTH_INVALID_GRANT:"invalid_grant",OAUTH_INVALID_REQUEST:"invalid_request",OAUTH_INVALID_SCOPE:"invalid_scope",OAUTH_INVALID_TARGET:"invalid_target",OAUTH_RATE_EXCEEDED:"rate_exceeded",OAUTH_SERVICE_UNAVAILABLE:"service_unavailable",OAUTH_UNSUPPORTED_GRANT_TYPE:"unsupported_grant_type",RESOURCE_NOT_FOUND:"RESOURCE_NOT_FOUND",SERVER_ERROR:"server_error",SERVICE_QUOTA_EXCEEDED:"SERVICE_QUOTA_EXCEEDED",TOKEN_EXPIRED:"TOKEN_EXPIRED",USER_CREDENTIALS_CHANGED:"USER_CREDENTIALS_CHANGED"},t.Signin=Bt,t.SigninClient=Ot,t.SigninServiceException=ze,t.SigninServiceException$=pt,t.TooManyRequestsError=qe,t.TooManyRequestsError$=yt,t.ValidationException=je,t.ValidationException$=St,t.errorTypeRegistries=wt},9443:(e,t,r)=>{const{awsEndpointFunctions:n,emitWarningIfUnsupportedVersion:i,createDefaultUserAgentProvider:s,getDefaultSocketTimeout:o,NODE_APP_ID_CONFIG_OPTIONS:a,getAwsRegionExtensionConfiguration:c,resolveAwsRegionExtensionConfiguration:u,resolveUserAgentConfig:d,resolveHostHeaderConfig:l,getUserAgentPlugin:g,getHostHeaderPlugin:p,getLoggerPlugin:h,getRecursionDetectionPlugin:f}=r(5152),{NoAuthSigner:m,getHttpAuthSchemeEndpointRuleSetPlugin:y,DefaultIdentityProviderConfig:S,getHttpSigningPlugin:w}=r(402),{normalizeProvider:E,getSmithyContext:v,ServiceException:b,NoOpLogger:A,emitWarningIfUnsupportedVersion:C,loadConfigsForDefaultMode:T,getDefaultExtensionConfiguration:I,resolveDefaultRuntimeConfig:_,Client:x,makeBuilder:R,createAggregatedClient:k}=r(2658),{Command:P}=r(2658)
t.$Command=P,t.__Client=x
const{resolveDefaultsModeConfig:O,loadConfig:N,NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS:D,NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS:M,NODE_REGION_CONFIG_OPTIONS:F,NODE_REGION_CONFIG_FILE_OPTIONS:L,resolveRegionConfig:$}=r(7291),{BinaryDecisionDiagram:U,EndpointCache:B,decideEndpoint:z,customEndpointFunctions:H,resolveEndpointConfig:V,getEndpointPlugin:q}=r(2085),{parseUrl:j,getHttpHandlerExtensionConfiguration:W,resolveHttpHandlerRuntimeConfig:G,getContentLengthPlugin:K}=r(3422),{DEFAULT_RETRY_MODE:Q,NODE_RETRY_MODE_CONFIG_OPTIONS:Y,NODE_MAX_ATTEMPT_CONFIG_OPTIONS:X,resolveRetryConfig:J,getRetryPlugin:Z}=r(3609),{TypeRegistry:ee,getSchemaSerdePlugin:te}=r(6890),{resolveAwsSdkSigV4Config:re,AwsSdkSigV4Signer:ne,NODE_AUTH_SCHEME_PREFERENCE_OPTIONS:ie}=r(7523),{toUtf8:se,fromUtf8:oe,toBase64:ae,fromBase64:ce,calculateBodyLength:ue}=r(2430),{streamCollector:de,NodeHttpHandler:le}=r(1279),{AwsRestJsonProtocol:ge}=r(7288),{Sha256:pe}=r(9542),he=async(e,t,r)=>({operation:v(t).operation,region:await E(e.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()})
const fe=e=>{const t=[]
if("CreateToken"===e.operation)t.push({schemeId:"smithy.api#noAuth"})
else t.push(function(e){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sso-oauth",region:e.region},propertiesExtractor:(e,t)=>({signingProperties:{config:e,context:t}})}}(e))
return t}
var me="3.998.4"
const ye="ref",Se=-1,we=!0,Ee="isSet",ve="PartitionResult",be="booleanEquals",Ae="getAttr",Ce={[ye]:"Endpoint"},Te={[ye]:ve},Ie={},_e=[{[ye]:"Region"}],xe={conditions:[[Ee,[Ce]],[Ee,_e],["aws.partition",_e,ve],[be,[{[ye]:"UseFIPS"},we]],[be,[{[ye]:"UseDualStack"},we]],[be,[{fn:Ae,argv:[Te,"supportsDualStack"]},we]],[be,[{fn:Ae,argv:[Te,"supportsFIPS"]},we]],["stringEquals",[{fn:Ae,argv:[Te,"name"]},"aws-us-gov"]]],results:[[Se],[Se,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Se,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[Ce,Ie],["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Ie],[Se,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://oidc.{Region}.amazonaws.com",Ie],["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}",Ie],[Se,"FIPS is enabled but this partition does not support FIPS"],["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}",Ie],[Se,"DualStack is enabled but this partition does not support DualStack"],["https://oidc.{Region}.{PartitionResult#dnsSuffix}",Ie],[Se,"Invalid Configuration: Missing Region"]]},Re=1e8,ke=new Int32Array([-1,1,-1,0,13,3,1,4,Re+12,2,5,Re+12,3,8,6,4,7,Re+11,5,Re+9,Re+10,4,11,9,6,10,Re+8,7,Re+6,Re+7,5,12,Re+5,6,Re+4,Re+5,3,Re+1,14,4,Re+2,Re+3]),Pe=U.from(ke,2,xe.conditions,xe.results),Oe=new B({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),Ne=(e,t={})=>Oe.get(e,()=>z(Pe,{endpointParams:e,logger:t.logger}))
H.aws=n
class De extends b{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException"
constructor(e){super(e),Object.setPrototypeOf(this,De.prototype)}}class Me extends De{static shapeId="com.amazonaws.ssooidc#AccessDeniedException"
name="AccessDeniedException"
$fault="client"
error
reason
error_description
constructor(e){super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,Me.prototype),this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}}class Fe extends De{static shapeId="com.amazonaws.ssooidc#AuthorizationPendingException"
name="AuthorizationPendingException"
$fault="client"
error
error_description
constructor(e){super({name:"AuthorizationPendingException",$fault:"client",...e}),Object.setPrototypeOf(this,Fe.prototype),this.error=e.error,this.error_description=e.error_description}}class Le extends De{static shapeId="com.amazonaws.ssooidc#ExpiredTokenException"
name="ExpiredTokenException"
$fault="client"
error
error_description
constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,Le.prototype),this.error=e.error,this.error_description=e.error_description}}class $e extends De{static shapeId="com.amazonaws.ssooidc#InternalServerException"
name="InternalServerException"
$fault="server"
error
error_description
constructor(e){super({name:"InternalServerException",$fault:"server",...e}),Object.setPrototypeOf(this,$e.prototype),this.error=e.error,this.error_description=e.error_description}}class Ue extends De{static shapeId="com.amazonaws.ssooidc#InvalidClientException"
name="InvalidClientException"
$fault="client"
error
error_description
constructor(e){super({name:"InvalidClientException",$fault:"client",...e}),Object.setPrototypeOf(this,Ue.prototype),this.error=e.error,this.error_description=e.error_description}}class Be extends De{static shapeId="com.amazonaws.ssooidc#InvalidGrantException"
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
constructor(e){super({name:"InvalidScopeException",$fault:"client",...e}),Object.setPrototypeOf(this,He.prototype),this.error=e.error,this.error_description=e.error_description}}class Ve extends De{static shapeId="com.amazonaws.ssooidc#SlowDownException"
name="SlowDownException"
$fault="client"
error
error_description
constructor(e){super({name:"SlowDownException",$fault:"client",...e}),Object.setPrototypeOf(this,Ve.prototype),this.error=e.error,this.error_description=e.error_description}}class qe extends De{static shapeId="com.amazonaws.ssooidc#UnauthorizedClientException"
name="UnauthorizedClientException"
$fault="client"
error
error_description
constructor(e){super({name:"UnauthorizedClientException",$fault:"client",...e}),Object.setPrototypeOf(this,qe.prototype),this.error=e.error,this.error_description=e.error_description}}class je extends De{static shapeId="com.amazonaws.ssooidc#UnsupportedGrantTypeException"
name="UnsupportedGrantTypeException"
$fault="client"
error
error_description
constructor(e){super({name:"UnsupportedGrantTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,je.prototype),this.error=e.error,this.error_description=e.error_description}}const We="client",Ge="error",Ke="error_description",Qe="http",Ye="httpError",Xe="reason",Je="refreshToken",Ze="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc",et="com.amazonaws.ssooidc",tt=new ee(Ze)
var rt=[-3,Ze,"SSOOIDCServiceException",0,[],[]]
tt.registerError(rt,De)
const nt=new ee(et)
var it=[-3,et,"AccessDeniedException",{[Ge]:We,[Ye]:400},[Ge,Xe,Ke],[0,0,0]]
nt.registerError(it,Me)
var st=[-3,et,"AuthorizationPendingException",{[Ge]:We,[Ye]:400},[Ge,Ke],[0,0]]
nt.registerError(st,Fe)
var ot=[-3,et,"ExpiredTokenException",{[Ge]:We,[Ye]:400},[Ge,Ke],[0,0]]
nt.registerError(ot,Le)
var at=[-3,et,"InternalServerException",{[Ge]:"server",[Ye]:500},[Ge,Ke],[0,0]]
nt.registerError(at,$e)
var ct=[-3,et,"InvalidClientException",{[Ge]:We,[Ye]:401},[Ge,Ke],[0,0]]
nt.registerError(ct,Ue)
var ut=[-3,et,"InvalidGrantException",{[Ge]:We,[Ye]:400},[Ge,Ke],[0,0]]
nt.registerError(ut,Be)
var dt=[-3,et,"InvalidRequestException",{[Ge]:We,[Ye]:400},[Ge,Xe,Ke],[0,0,0]]
nt.registerError(dt,ze)
var lt=[-3,et,"InvalidScopeException",{[Ge]:We,[Ye]:400},[Ge,Ke],[0,0]]
nt.registerError(lt,He)
var gt=[-3,et,"SlowDownException",{[Ge]:We,[Ye]:400},[Ge,Ke],[0,0]]
nt.registerError(gt,Ve)
var pt=[-3,et,"UnauthorizedClientException",{[Ge]:We,[Ye]:400},[Ge,Ke],[0,0]]
nt.registerError(pt,qe)
var ht=[-3,et,"UnsupportedGrantTypeException",{[Ge]:We,[Ye]:400},[Ge,Ke],[0,0]]
nt.registerError(ht,je)
const ft=[tt,nt]
var mt=[0,et,"AccessToken",8,0],yt=[0,et,"ClientSecret",8,0],St=[0,et,"CodeVerifier",8,0],wt=[0,et,"IdToken",8,0],Et=[0,et,"RefreshToken",8,0],vt=[3,et,"CreateTokenRequest",0,["clientId","clientSecret","grantType","deviceCode","code",Je,"scope","redirectUri","codeVerifier"],[0,[()=>yt,0],0,0,0,[()=>Et,0],64,0,[()=>St,0]],3],bt=[3,et,"CreateTokenResponse",0,["accessToken","tokenType","expiresIn",Je,"idToken"],[[()=>mt,0],0,1,[()=>Et,0],[()=>wt,0]]],At=[9,et,"CreateToken",{[Qe]:["POST","/token",200]},()=>vt,()=>bt]
const Ct=e=>{C(process.version)
const t=O(e),r=()=>t().then(T),n=(e=>({apiVersion:"2019-06-10",base64Decoder:e?.base64Decoder??ce,base64Encoder:e?.base64Encoder??ae,disableHostPrefix:e?.disableHostPrefix??!1,endpointProvider:e?.endpointProvider??Ne,extensions:e?.extensions??[],httpAuthSchemeProvider:e?.httpAuthSchemeProvider??fe,httpAuthSchemes:e?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new m}],logger:e?.logger??new A,protocol:e?.protocol??ge,protocolSettings:e?.protocolSettings??{defaultNamespace:"com.amazonaws.ssooidc",errorTypeRegistries:ft,version:"2019-06-10",serviceTarget:"AWSSSOOIDCService"},serviceId:e?.serviceId??"SSO OIDC",sha256:e?.sha256??pe,urlParser:e?.urlParser??j,utf8Decoder:e?.utf8Decoder??oe,utf8Encoder:e?.utf8Encoder??se}))(e)
i(process.version)
const c={profile:e?.profile,logger:n.logger}
return{...n,...e,runtime:"node",defaultsMode:t,authSchemePreference:e?.authSchemePreference??N(ie,c),bodyLengthChecker:e?.bodyLengthChecker??ue,defaultSocketTimeout:o(e?.requestHandler,3e5),defaultUserAgentProvider:e?.defaultUserAgentProvider??s({serviceId:n.serviceId,clientVersion:me}),maxAttempts:e?.maxAttempts??N(X,e),region:e?.region??N(F,{...L,...c}),requestHandler:le.create(e?.requestHandler??r),retryMode:e?.retryMode??N({...Y,default:async()=>(await r()).retryMode||Q},e),streamCollector:e?.streamCollector??de,useDualstackEndpoint:e?.useDualstackEndpoint??N(M,c),useFipsEndpoint:e?.useFipsEndpoint??N(D,c),userAgentAppId:e?.userAgentAppId??N(a,c)}}
class Tt extends x{config
constructor(...[e]){const t=Ct(e||{})
super(t),this.initConfig=t
const r=(n=t,Object.assign(n,{useDualstackEndpoint:n.useDualstackEndpoint??!1,useFipsEndpoint:n.useFipsEndpoint??!1,defaultSigningName:"sso-oauth"}))
var n
const i=d(r),s=J(i),o=$(s),a=l(o),m=((e,t)=>{const r=Object.assign(c(e),I(e),W(e),(e=>{const t=e.httpAuthSchemes
let r=e.httpAuthSchemeProvider,n=e.credentials
return{setHttpAuthScheme(e){const r=t.findIndex(t=>t.schemeId===e.schemeId);-1===r?t.push(e):t.splice(r,1,e)},httpAuthSchemes:()=>t,setHttpAuthSchemeProvider(e){r=e},httpAuthSchemeProvider:()=>r,setCredentials(e){n=e},credentials:()=>n}})(e))
return t.forEach(e=>e.configure(r)),Object.assign(e,u(r),_(r),G(r),{httpAuthSchemes:(n=r).httpAuthSchemes(),httpAuthSchemeProvider:n.httpAuthSchemeProvider(),credentials:n.credentials()})
var n})((e=>{const t=re(e)
return Object.assign(t,{authSchemePreference:E(e.authSchemePreference??[])})})(V(a)),e?.extensions||[])
this.config=m,this.middlewareStack.use(te(this.config)),this.middlewareStack.use(g(this.config)),this.middlewareStack.use(Z(this.config)),this.middlewareStack.use(K(this.config)),this.middlewareStack.use(p(this.config)),this.middlewareStack.use(h(this.config)),this.middlewareStack.use(f(this.config)),this.middlewareStack.use(y(this.config,{httpAuthSchemeParametersProvider:he,identityProviderConfigProvider:async e=>new S({"aws.auth#sigv4":e.credentials})})),this.middlewareStack.use(w(this.config))}destroy(){super.destroy()}}const It=R({UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}},"AWSSSOOIDCService","SSOOIDCClient",q),_t={},xt=(e,t,r,n)=>[]
class Rt extends(It(_t,xt,"CreateToken",At)){}const kt={CreateTokenCommand:Rt}
class Pt extends Tt{}k(kt,Pt)
t.AccessDeniedException=Me,t.AccessDeniedException$=it,t.AccessDeniedExceptionReason={KMS_ACCESS_DENIED:"KMS_AccessDeniedException"},t.AuthorizationPendingException=Fe,t.AuthorizationPendingException$=st,t.CreateToken$=At,t.CreateTokenCommand=Rt,t.CreateTokenRequest$=vt,t.CreateTokenResponse$=bt,t.ExpiredTokenException=Le,t.ExpiredTokenException$=ot,t.InternalServerException=$e,t.InternalServerException$=at,t.InvalidClientException=Ue,t.InvalidClientException$=ct,t.InvalidGrantException=Be,t.InvalidGrantException$=ut,t.InvalidRequestException=ze,t.InvalidRequestException$=dt,t.InvalidRequestExceptionReason={KMS_DISABLED_KEY:"KMS_DisabledException",KMS_INVALID_KEY_USAGE:"KMS_InvalidKeyUsageException",KMS_INVALID_STATE:"KMS_InvalidStateException",KMS_KEY_NOT_FOUND:"KMS_NotFoundException"},t.InvalidScopeException=He,t.InvalidScopeException$=lt,t.SSOOIDC=Pt,t.SSOOIDCClient=Tt,t.SSOOIDCServiceException=De,t.SSOOIDCServiceException$=rt,t.SlowDownException=Ve,t.SlowDownException$=gt,t.UnauthorizedClientException=qe,t.UnauthorizedClientException$=pt,t.UnsupportedGrantTypeException=je,t.UnsupportedGrantTypeException$=ht,t.errorTypeRegistries=ft},2579:(e,t,r)=>{const{awsEndpointFunctions:n,emitWarningIfUnsupportedVersion:i,createDefaultUserAgentProvider:s,getDefaultSocketTimeout:o,NODE_APP_ID_CONFIG_OPTIONS:a,getAwsRegionExtensionConfiguration:c,resolveAwsRegionExtensionConfiguration:u,resolveUserAgentConfig:d,resolveHostHeaderConfig:l,getUserAgentPlugin:g,getHostHeaderPlugin:p,getLoggerPlugin:h,getRecursionDetectionPlugin:f}=r(5152),{NoAuthSigner:m,getHttpAuthSchemeEndpointRuleSetPlugin:y,DefaultIdentityProviderConfig:S,getHttpSigningPlugin:w}=r(402),{normalizeProvider:E,getSmithyContext:v,ServiceException:b,NoOpLogger:A,emitWarningIfUnsupportedVersion:C,loadConfigsForDefaultMode:T,getDefaultExtensionConfiguration:I,resolveDefaultRuntimeConfig:_,Client:x,makeBuilder:R,createAggregatedClient:k}=r(2658),{Command:P}=r(2658)
t.$Command=P,t.__Client=x
const{resolveDefaultsModeConfig:O,loadConfig:N,NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS:D,NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS:M,NODE_REGION_CONFIG_OPTIONS:F,NODE_REGION_CONFIG_FILE_OPTIONS:L,resolveRegionConfig:$}=r(7291),{BinaryDecisionDiagram:U,EndpointCache:B,decideEndpoint:z,customEndpointFunctions:H,resolveEndpointConfig:V,getEndpointPlugin:q}=r(2085),{parseUrl:j,getHttpHandlerExtensionConfiguration:W,resolveHttpHandlerRuntimeConfig:G,getContentLengthPlugin:K}=r(3422),{DEFAULT_RETRY_MODE:Q,NODE_RETRY_MODE_CONFIG_OPTIONS:Y,NODE_MAX_ATTEMPT_CONFIG_OPTIONS:X,resolveRetryConfig:J,getRetryPlugin:Z}=r(3609),{TypeRegistry:ee,getSchemaSerdePlugin:te}=r(6890),{resolveAwsSdkSigV4Config:re,AwsSdkSigV4Signer:ne,NODE_AUTH_SCHEME_PREFERENCE_OPTIONS:ie}=r(7523),{toUtf8:se,fromUtf8:oe,toBase64:ae,fromBase64:ce,calculateBodyLength:ue}=r(2430),{streamCollector:de,NodeHttpHandler:le}=r(1279),{AwsRestJsonProtocol:ge}=r(7288),{Sha256:pe}=r(9542),he=async(e,t,r)=>({operation:v(t).operation,region:await E(e.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()})
const fe=e=>{const t=[]
if("GetRoleCredentials"===e.operation)t.push({schemeId:"smithy.api#noAuth"})
else t.push(function(e){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"awsssoportal",region:e.region},propertiesExtractor:(e,t)=>({signingProperties:{config:e,context:t}})}}(e))
return t}
var me="3.998.4"
const ye="ref",Se=-1,we=!0,Ee="isSet",ve="PartitionResult",be="booleanEquals",Ae="getAttr",Ce={[ye]:"Endpoint"},Te={[ye]:ve},Ie={},_e=[{[ye]:"Region"}],xe={conditions:[[Ee,[Ce]],[Ee,_e],["aws.partition",_e,ve],[be,[{[ye]:"UseFIPS"},we]],[be,[{[ye]:"UseDualStack"},we]],[be,[{fn:Ae,argv:[Te,"supportsDualStack"]},we]],[be,[{fn:Ae,argv:[Te,"supportsFIPS"]},we]],["stringEquals",[{fn:Ae,argv:[Te,"name"]},"aws-us-gov"]]],results:[[Se],[Se,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Se,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[Ce,Ie],["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Ie],[Se,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://portal.sso.{Region}.amazonaws.com",Ie],["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}",Ie],[Se,"FIPS is enabled but this partition does not support FIPS"],["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",Ie],[Se,"DualStack is enabled but this partition does not support DualStack"],["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}",Ie],[Se,"Invalid Configuration: Missing Region"]]},Re=1e8,ke=new Int32Array([-1,1,-1,0,13,3,1,4,Re+12,2,5,Re+12,3,8,6,4,7,Re+11,5,Re+9,Re+10,4,11,9,6,10,Re+8,7,Re+6,Re+7,5,12,Re+5,6,Re+4,Re+5,3,Re+1,14,4,Re+2,Re+3]),Pe=U.from(ke,2,xe.conditions,xe.results),Oe=new B({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),Ne=(e,t={})=>Oe.get(e,()=>z(Pe,{endpointParams:e,logger:t.logger}))
H.aws=n
class De extends b{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException"
constructor(e){super(e),Object.setPrototypeOf(this,De.prototype)}}class Me extends De{static shapeId="com.amazonaws.sso#InvalidRequestException"
name="InvalidRequestException"
$fault="client"
constructor(e){super({name:"InvalidRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,Me.prototype)}}class Fe extends De{static shapeId="com.amazonaws.sso#ResourceNotFoundException"
name="ResourceNotFoundException"
$fault="client"
constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,Fe.prototype)}}class Le extends De{static shapeId="com.amazonaws.sso#TooManyRequestsException"
name="TooManyRequestsException"
$fault="client"
constructor(e){super({name:"TooManyRequestsException",$fault:"client",...e}),Object.setPrototypeOf(this,Le.prototype)}}class $e extends De{static shapeId="com.amazonaws.sso#UnauthorizedException"
name="UnauthorizedException"
$fault="client"
constructor(e){super({name:"UnauthorizedException",$fault:"client",...e}),Object.setPrototypeOf(this,$e.prototype)}}const Ue="client",Be="error",ze="http",He="httpError",Ve="httpHeader",qe="httpQuery",je="message",We="smithy.ts.sdk.synthetic.com.amazonaws.sso",Ge="com.amazonaws.sso",Ke=new ee(We)
var Qe=[-3,We,"SSOServiceException",0,[],[]]
Ke.registerError(Qe,De)
const Ye=new ee(Ge)
var Xe=[-3,Ge,"InvalidRequestException",{[Be]:Ue,[He]:400},[je],[0]]
Ye.registerError(Xe,Me)
var Je=[-3,Ge,"ResourceNotFoundException",{[Be]:Ue,[He]:404},[je],[0]]
Ye.registerError(Je,Fe)
var Ze=[-3,Ge,"TooManyRequestsException",{[Be]:Ue,[He]:429},[je],[0]]
Ye.registerError(Ze,Le)
var et=[-3,Ge,"UnauthorizedException",{[Be]:Ue,[He]:401},[je],[0]]
Ye.registerError(et,$e)
const tt=[Ke,Ye]
var rt=[0,Ge,"AccessTokenType",8,0],nt=[0,Ge,"SecretAccessKeyType",8,0],it=[0,Ge,"SessionTokenType",8,0],st=[3,Ge,"GetRoleCredentialsRequest",0,["roleName","accountId","accessToken"],[[0,{[qe]:"role_name"}],[0,{[qe]:"account_id"}],[()=>rt,{[Ve]:"x-amz-sso_bearer_token"}]],3],ot=[3,Ge,"GetRoleCredentialsResponse",0,["roleCredentials"],[[()=>at,0]]],at=[3,Ge,"RoleCredentials",0,["accessKeyId","secretAccessKey","sessionToken","expiration"],[0,[()=>nt,0],[()=>it,0],1]],ct=[9,Ge,"GetRoleCredentials",{[ze]:["GET","/federation/credentials",200]},()=>st,()=>ot]
const ut=e=>{C(process.version)
const t=O(e),r=()=>t().then(T),n=(e=>({apiVersion:"2019-06-10",base64Decoder:e?.base64Decoder??ce,base64Encoder:e?.base64Encoder??ae,disableHostPrefix:e?.disableHostPrefix??!1,endpointProvider:e?.endpointProvider??Ne,extensions:e?.extensions??[],httpAuthSchemeProvider:e?.httpAuthSchemeProvider??fe,httpAuthSchemes:e?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new m}],logger:e?.logger??new A,protocol:e?.protocol??ge,protocolSettings:e?.protocolSettings??{defaultNamespace:"com.amazonaws.sso",errorTypeRegistries:tt,version:"2019-06-10",serviceTarget:"SWBPortalService"},serviceId:e?.serviceId??"SSO",sha256:e?.sha256??pe,urlParser:e?.urlParser??j,utf8Decoder:e?.utf8Decoder??oe,utf8Encoder:e?.utf8Encoder??se}))(e)
i(process.version)
const c={profile:e?.profile,logger:n.logger}
return{...n,...e,runtime:"node",defaultsMode:t,authSchemePreference:e?.authSchemePreference??N(ie,c),bodyLengthChecker:e?.bodyLengthChecker??ue,defaultSocketTimeout:o(e?.requestHandler,3e5),defaultUserAgentProvider:e?.defaultUserAgentProvider??s({serviceId:n.serviceId,clientVersion:me}),maxAttempts:e?.maxAttempts??N(X,e),region:e?.region??N(F,{...L,...c}),requestHandler:le.create(e?.requestHandler??r),retryMode:e?.retryMode??N({...Y,default:async()=>(await r()).retryMode||Q},e),streamCollector:e?.streamCollector??de,useDualstackEndpoint:e?.useDualstackEndpoint??N(M,c),useFipsEndpoint:e?.useFipsEndpoint??N(D,c),userAgentAppId:e?.userAgentAppId??N(a,c)}}
class dt extends x{config
constructor(...[e]){const t=ut(e||{})
super(t),this.initConfig=t
const r=(n=t,Object.assign(n,{useDualstackEndpoint:n.useDualstackEndpoint??!1,useFipsEndpoint:n.useFipsEndpoint??!1,defaultSigningName:"awsssoportal"}))
var n
const i=d(r),s=J(i),o=$(s),a=l(o),m=((e,t)=>{const r=Object.assign(c(e),I(e),W(e),(e=>{const t=e.httpAuthSchemes
let r=e.httpAuthSchemeProvider,n=e.credentials
return{setHttpAuthScheme(e){const r=t.findIndex(t=>t.schemeId===e.schemeId);-1===r?t.push(e):t.splice(r,1,e)},httpAuthSchemes:()=>t,setHttpAuthSchemeProvider(e){r=e},httpAuthSchemeProvider:()=>r,setCredentials(e){n=e},credentials:()=>n}})(e))
return t.forEach(e=>e.configure(r)),Object.assign(e,u(r),_(r),G(r),{httpAuthSchemes:(n=r).httpAuthSchemes(),httpAuthSchemeProvider:n.httpAuthSchemeProvider(),credentials:n.credentials()})
var n})((e=>{const t=re(e)
return Object.assign(t,{authSchemePreference:E(e.authSchemePreference??[])})})(V(a)),e?.extensions||[])
this.config=m,this.middlewareStack.use(te(this.config)),this.middlewareStack.use(g(this.config)),this.middlewareStack.use(Z(this.config)),this.middlewareStack.use(K(this.config)),this.middlewareStack.use(p(this.config)),this.middlewareStack.use(h(this.config)),this.middlewareStack.use(f(this.config)),this.middlewareStack.use(y(this.config,{httpAuthSchemeParametersProvider:he,identityProviderConfigProvider:async e=>new S({"aws.auth#sigv4":e.credentials})})),this.middlewareStack.use(w(this.config))}destroy(){super.destroy()}}const lt=R({UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}},"SWBPortalService","SSOClient",q),gt={},pt=(e,t,r,n)=>[]
class ht extends(lt(gt,pt,"GetRoleCredentials",ct)){}const ft={GetRoleCredentialsCommand:ht}
class mt extends dt{}k(ft,mt),t.GetRoleCredentials$=ct,t.GetRoleCredentialsCommand=ht,t.GetRoleCredentialsRequest$=st,t.GetRoleCredentialsResponse$=ot,t.InvalidRequestException=Me,t.InvalidRequestException$=Xe,t.ResourceNotFoundException=Fe,t.ResourceNotFoundException$=Je,t.RoleCredentials$=at,t.SSO=mt,t.SSOClient=dt,t.SSOServiceException=De,t.SSOServiceException$=Qe,t.TooManyRequestsException=Le,t.TooManyRequestsException$=Ze,t.UnauthorizedException=$e,t.UnauthorizedException$=et,t.errorTypeRegistries=tt},1136:(e,t,r)=>{const{awsEndpointFunctions:n,emitWarningIfUnsupportedVersion:i,createDefaultUserAgentProvider:s,getDefaultSocketTimeout:o,NODE_APP_ID_CONFIG_OPTIONS:a,getAwsRegionExtensionConfiguration:c,resolveAwsRegionExtensionConfiguration:u,resolveUserAgentConfig:d,resolveHostHeaderConfig:l,getUserAgentPlugin:g,getHostHeaderPlugin:p,getLoggerPlugin:h,getRecursionDetectionPlugin:f,setCredentialFeature:m,stsRegionDefaultResolver:y}=r(5152),{NoAuthSigner:S,getHttpAuthSchemeEndpointRuleSetPlugin:w,DefaultIdentityProviderConfig:E,getHttpSigningPlugin:v}=r(402),{normalizeProvider:b,getSmithyContext:A,ServiceException:C,NoOpLogger:T,emitWarningIfUnsupportedVersion:I,loadConfigsForDefaultMode:_,getDefaultExtensionConfiguration:x,resolveDefaultRuntimeConfig:R,Client:k,makeBuilder:P,createAggregatedClient:O}=r(2658),{Command:N}=r(2658)
t.$Command=N,t.__Client=k
const{resolveDefaultsModeConfig:D,loadConfig:M,NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS:F,NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS:L,NODE_REGION_CONFIG_OPTIONS:$,NODE_REGION_CONFIG_FILE_OPTIONS:U,resolveRegionConfig:B}=r(7291),{BinaryDecisionDiagram:z,EndpointCache:H,decideEndpoint:V,customEndpointFunctions:q,resolveParams:j,resolveEndpointConfig:W,getEndpointPlugin:G}=r(2085),{parseUrl:K,getHttpHandlerExtensionConfiguration:Q,resolveHttpHandlerRuntimeConfig:Y,getContentLengthPlugin:X}=r(3422),{DEFAULT_RETRY_MODE:J,NODE_RETRY_MODE_CONFIG_OPTIONS:Z,NODE_MAX_ATTEMPT_CONFIG_OPTIONS:ee,resolveRetryConfig:te,getRetryPlugin:re}=r(3609),{TypeRegistry:ne,getSchemaSerdePlugin:ie}=r(6890),{resolveAwsSdkSigV4Config:se,resolveAwsSdkSigV4AConfig:oe,AwsSdkSigV4Signer:ae,AwsSdkSigV4ASigner:ce,NODE_SIGV4A_CONFIG_OPTIONS:ue,NODE_AUTH_SCHEME_PREFERENCE_OPTIONS:de}=r(7523),{SignatureV4MultiRegion:le}=r(5785),{toUtf8:ge,fromUtf8:pe,toBase64:he,fromBase64:fe,calculateBodyLength:me}=r(2430),{streamCollector:ye,NodeHttpHandler:Se}=r(1279),{AwsQueryProtocol:we}=r(7288),{Sha256:Ee}=r(9542),ve="ref",be=-1,Ae=!0,Ce="isSet",Te="PartitionResult",Ie="booleanEquals",_e="stringEquals",xe="getAttr",Re="us-east-1",ke="sigv4",Pe="https://sts.{Region}.{PartitionResult#dnsSuffix}",Oe={[ve]:"Endpoint"},Ne={[ve]:"Region"},De={[ve]:Te},Me={},Fe=[Ne],Le={conditions:[[Ce,[Oe]],[Ce,Fe],["aws.partition",Fe,Te],[Ie,[{[ve]:"UseFIPS"},Ae]],[Ie,[{[ve]:"UseDualStack"},Ae]],[_e,[Ne,"aws-global"]],[Ie,[{[ve]:"UseGlobalEndpoint"},Ae]],[_e,[Ne,"eu-central-1"]],[Ie,[{fn:xe,argv:[De,"supportsDualStack"]},Ae]],[Ie,[{fn:xe,argv:[De,"supportsFIPS"]},Ae]],[_e,[Ne,"ap-south-1"]],[_e,[Ne,"eu-north-1"]],[_e,[Ne,"eu-west-1"]],[_e,[Ne,"eu-west-2"]],[_e,[Ne,"eu-west-3"]],[_e,[Ne,"sa-east-1"]],[_e,[Ne,Re]],[_e,[Ne,"us-east-2"]],[_e,[Ne,"us-west-2"]],[_e,[Ne,"us-west-1"]],[_e,[Ne,"ca-central-1"]],[_e,[Ne,"ap-southeast-1"]],[_e,[Ne,"ap-northeast-1"]],[_e,[Ne,"ap-southeast-2"]],[_e,[{fn:xe,argv:[De,"name"]},"aws-us-gov"]]],results:[[be],["https://sts.amazonaws.com",{authSchemes:[{name:ke,signingName:"sts",signingRegion:Re}]}],[Pe,{authSchemes:[{name:ke,signingName:"sts",signingRegion:"{Region}"}]}],[be,"Invalid Configuration: FIPS and custom endpoint are not supported"],[be,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[Oe,Me],["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Me],[be,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://sts.{Region}.amazonaws.com",Me],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",Me],[be,"FIPS is enabled but this partition does not support FIPS"],["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}",Me],[be,"DualStack is enabled but this partition does not support DualStack"],[Pe,Me],[be,"Invalid Configuration: Missing Region"]]},$e=1e8,Ue=new Int32Array([-1,1,-1,0,30,3,1,4,$e+14,2,5,$e+14,3,25,6,4,24,7,5,$e+1,8,6,9,$e+13,7,$e+1,10,10,$e+1,11,11,$e+1,12,12,$e+1,13,13,$e+1,14,14,$e+1,15,15,$e+1,16,16,$e+1,17,17,$e+1,18,18,$e+1,19,19,$e+1,20,20,$e+1,21,21,$e+1,22,22,$e+1,23,23,$e+1,$e+2,8,$e+11,$e+12,4,28,26,9,27,$e+10,24,$e+8,$e+9,8,29,$e+7,9,$e+6,$e+7,3,$e+3,31,4,$e+4,$e+5]),Be=z.from(Ue,2,Le.conditions,Le.results),ze=new H({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),He=(e,t={})=>ze.get(e,()=>V(Be,{endpointParams:e,logger:t.logger}))
q.aws=n
const Ve=(qe=async(e,t,r)=>({operation:A(t).operation,region:await b(e.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()}),async(e,t,r)=>{if(!r)throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`")
const n=await qe(e,t,r),i=A(t)?.commandInstance?.constructor?.getEndpointParameterInstructions
if(!i)throw new Error(`getEndpointParameterInstructions() is not defined on '${t.commandName}'`)
const s=await j(r,{getEndpointParameterInstructions:i},e)
return Object.assign(n,s)})
var qe
function je(e){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sts",region:e.region},propertiesExtractor:(e,t)=>({signingProperties:{config:e,context:t}})}}function We(e){return{schemeId:"aws.auth#sigv4a",signingProperties:{name:"sts",region:e.region},propertiesExtractor:(e,t)=>({signingProperties:{config:e,context:t}})}}function Ge(e){return{schemeId:"smithy.api#noAuth"}}const Ke=((e,t,r)=>n=>{const i=e(n),s=i.properties?.authSchemes
if(!s)return t(n)
const o=[]
for(const e of s){const{name:t,properties:i={},...a}=e,c=t.toLowerCase()
let u
if(t!==c&&console.warn(`HttpAuthScheme has been normalized with lowercasing: '${t}' to '${c}'`),"sigv4a"===c){u="aws.auth#sigv4a"
const e=s.find(e=>{const t=e.name.toLowerCase()
return"sigv4a"!==t&&t.startsWith("sigv4")})
if("none"===le.sigv4aDependency()&&e)continue}else{if(!c.startsWith("sigv4"))throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${c}'`)
u="aws.auth#sigv4"}const d=r[u]
if(!d)throw new Error(`Could not find HttpAuthOption create function for '${u}'`)
const l=d(n)
l.schemeId=u,l.signingProperties={...l.signingProperties||{},...a,...i},o.push(l)}return o})(He,e=>{const t=[]
if("AssumeRoleWithWebIdentity"===e.operation)t.push({schemeId:"smithy.api#noAuth"}),t.push(We(e))
else t.push(je(e)),t.push(We(e))
return t},{"aws.auth#sigv4":je,"aws.auth#sigv4a":We,"smithy.api#noAuth":Ge})
var Qe="3.998.4"
class Ye extends C{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException"
constructor(e){super(e),Object.setPrototypeOf(this,Ye.prototype)}}class Xe extends Ye{static shapeId="com.amazonaws.sts#ExpiredTokenException"
name="ExpiredTokenException"
$fault="client"
constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,Xe.prototype)}}class Je extends Ye{static shapeId="com.amazonaws.sts#InvalidContextAssertionException"
name="InvalidContextAssertionException"
$fault="client"
constructor(e){super({name:"InvalidContextAssertionException",$fault:"client",...e}),Object.setPrototypeOf(this,Je.prototype)}}class Ze extends Ye{static shapeId="com.amazonaws.sts#MalformedPolicyDocumentException"
name="MalformedPolicyDocumentException"
$fault="client"
constructor(e){super({name:"MalformedPolicyDocumentException",$fault:"client",...e}),Object.setPrototypeOf(this,Ze.prototype)}}class et extends Ye{static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException"
name="PackedPolicyTooLargeException"
$fault="client"
constructor(e){super({name:"PackedPolicyTooLargeException",$fault:"client",...e}),Object.setPrototypeOf(this,et.prototype)}}class tt extends Ye{static shapeId="com.amazonaws.sts#RegionDisabledException"
name="RegionDisabledException"
$fault="client"
constructor(e){super({name:"RegionDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,tt.prototype)}}class rt extends Ye{static shapeId="com.amazonaws.sts#IDPRejectedClaimException"
name="IDPRejectedClaimException"
$fault="client"
constructor(e){super({name:"IDPRejectedClaimException",$fault:"client",...e}),Object.setPrototypeOf(this,rt.prototype)}}class nt extends Ye{static shapeId="com.amazonaws.sts#InvalidIdentityTokenException"
name="InvalidIdentityTokenException"
$fault="client"
constructor(e){super({name:"InvalidIdentityTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,nt.prototype)}}class it extends Ye{static shapeId="com.amazonaws.sts#IDPCommunicationErrorException"
name="IDPCommunicationErrorException"
$fault="client"
$retryable={}
constructor(e){super({name:"IDPCommunicationErrorException",$fault:"client",...e}),Object.setPrototypeOf(this,it.prototype)}}const st="AssumedRoleUser",ot="Credentials",at="DurationSeconds",ct="MinimumSessionTokenSize",ut="OriginIdentity",dt="Policy",lt="PolicyArns",gt="PackedPolicySize",pt="RoleArn",ht="RoleSessionName",ft="SourceIdentity",mt="SessionTokenSize",yt="SessionTokenUtilization",St="TransactionContext",wt="TrustedIdentityPropagationContext",Et="awsQueryError",vt="client",bt="error",At="httpError",Ct="message",Tt="smithy.ts.sdk.synthetic.com.amazonaws.sts",It="com.amazonaws.sts",_t=new ne(Tt)
var xt=[-3,Tt,"STSServiceException",0,[],[]]
_t.registerError(xt,Ye)
const Rt=new ne(It)
var kt=[-3,It,"ExpiredTokenException",{[Et]:["ExpiredTokenException",400],[bt]:vt,[At]:400},[Ct],[0]]
Rt.registerError(kt,Xe)
var Pt=[-3,It,"IDPCommunicationErrorException",{[Et]:["IDPCommunicationError",400],[bt]:vt,[At]:400},[Ct],[0]]
Rt.registerError(Pt,it)
var Ot=[-3,It,"IDPRejectedClaimException",{[Et]:["IDPRejectedClaim",403],[bt]:vt,[At]:403},[Ct],[0]]
Rt.registerError(Ot,rt)
var Nt=[-3,It,"InvalidContextAssertionException",{[Et]:["InvalidContextAssertion",400],[bt]:vt,[At]:400},[Ct],[0]]
Rt.registerError(Nt,Je)
var Dt=[-3,It,"InvalidIdentityTokenException",{[Et]:["InvalidIdentityToken",400],[bt]:vt,[At]:400},[Ct],[0]]
Rt.registerError(Dt,nt)
var Mt=[-3,It,"MalformedPolicyDocumentException",{[Et]:["MalformedPolicyDocument",400],[bt]:vt,[At]:400},[Ct],[0]]
Rt.registerError(Mt,Ze)
var Ft=[-3,It,"PackedPolicyTooLargeException",{[Et]:["PackedPolicyTooLarge",400],[bt]:vt,[At]:400},[Ct],[0]]
Rt.registerError(Ft,et)
var Lt=[-3,It,"RegionDisabledException",{[Et]:["RegionDisabledException",403],[bt]:vt,[At]:403},[Ct],[0]]
Rt.registerError(Lt,tt)
const $t=[_t,Rt]
var Ut=[0,It,"accessKeySecretType",8,0],Bt=[0,It,"clientTokenType",8,0],zt=[0,It,"originIdentityIssuerType",8,0],Ht=[0,It,"originIdentitySubjectType",8,0],Vt=[0,It,"originIdentitySubjectTypeType",8,0],qt=[0,It,"transactionContextValueType",8,0],jt=[3,It,st,0,["AssumedRoleId","Arn"],[0,0],2],Wt=[3,It,"AssumeRoleRequest",0,[pt,ht,lt,dt,at,"Tags","TransitiveTagKeys","ExternalId","SerialNumber","TokenCode",ft,"ProvidedContexts",ct],[0,0,()=>nr,0,1,()=>sr,64,0,0,0,0,()=>ir,1],2],Gt=[3,It,"AssumeRoleResponse",0,[ot,st,gt,ft,yt,mt],[[()=>Yt,0],()=>jt,1,0,1,1]],Kt=[3,It,"AssumeRoleWithWebIdentityRequest",0,[pt,ht,"WebIdentityToken","ProviderId",lt,dt,at,ct],[0,0,[()=>Bt,0],0,()=>nr,0,1,1],3],Qt=[3,It,"AssumeRoleWithWebIdentityResponse",0,[ot,"SubjectFromWebIdentityToken",st,gt,"Provider","Audience",ft,yt,mt,wt],[[()=>Yt,0],0,()=>jt,1,0,0,0,1,1,[()=>rr,0]]],Yt=[3,It,ot,0,["AccessKeyId","SecretAccessKey","SessionToken","Expiration"],[0,[()=>Ut,0],0,4],4],Xt=[3,It,ut,0,["Subject","SubjectType","Issuer","FederatedProviderArn"],[[()=>Ht,0],[()=>Vt,0],[()=>zt,0],0]],Jt=[3,It,"PolicyDescriptorType",0,["arn"],[0]],Zt=[3,It,"ProvidedContext",0,["ProviderArn","ContextAssertion"],[0,0]],er=[3,It,"Tag",0,["Key","Value"],[0,0],2],tr=[3,It,St,0,["IdentityProvider"],[[()=>or,0]]],rr=[3,It,wt,8,[ut,St],[[()=>Xt,0],[()=>tr,0]]],nr=[1,It,"policyDescriptorListType",0,()=>Jt],ir=[1,It,"ProvidedContextsListType",0,()=>Zt],sr=[1,It,"tagListType",0,()=>er],or=[2,It,"transactionContextIdentityProviderMapType",0,[0,0],[()=>qt,0]],ar=[9,It,"AssumeRole",0,()=>Wt,()=>Gt],cr=[9,It,"AssumeRoleWithWebIdentity",0,()=>Kt,()=>Qt]
const ur=e=>{I(process.version)
const t=D(e),r=()=>t().then(_),n=(e=>({apiVersion:"2011-06-15",base64Decoder:e?.base64Decoder??fe,base64Encoder:e?.base64Encoder??he,disableHostPrefix:e?.disableHostPrefix??!1,endpointProvider:e?.endpointProvider??He,extensions:e?.extensions??[],httpAuthSchemeProvider:e?.httpAuthSchemeProvider??Ke,httpAuthSchemes:e?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ae},{schemeId:"aws.auth#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new ce},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new S}],logger:e?.logger??new T,protocol:e?.protocol??we,protocolSettings:e?.protocolSettings??{defaultNamespace:"com.amazonaws.sts",errorTypeRegistries:$t,xmlNamespace:"https://sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20110615"},serviceId:e?.serviceId??"STS",sha256:e?.sha256??Ee,signerConstructor:e?.signerConstructor??le,urlParser:e?.urlParser??K,utf8Decoder:e?.utf8Decoder??pe,utf8Encoder:e?.utf8Encoder??ge}))(e)
i(process.version)
const c={profile:e?.profile,logger:n.logger}
return{...n,...e,runtime:"node",defaultsMode:t,authSchemePreference:e?.authSchemePreference??M(de,c),bodyLengthChecker:e?.bodyLengthChecker??me,defaultSocketTimeout:o(e?.requestHandler,3e5),defaultUserAgentProvider:e?.defaultUserAgentProvider??s({serviceId:n.serviceId,clientVersion:Qe}),httpAuthSchemes:e?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:t=>t.getIdentityProvider("aws.auth#sigv4")||(async t=>await e.credentialDefaultProvider(t?.__config||{})()),signer:new ae},{schemeId:"aws.auth#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new ce},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new S}],maxAttempts:e?.maxAttempts??M(ee,e),region:e?.region??M($,{...U,...c}),requestHandler:Se.create(e?.requestHandler??r),retryMode:e?.retryMode??M({...Z,default:async()=>(await r()).retryMode||J},e),sigv4aSigningRegionSet:e?.sigv4aSigningRegionSet??M(ue,c),streamCollector:e?.streamCollector??ye,useDualstackEndpoint:e?.useDualstackEndpoint??M(L,c),useFipsEndpoint:e?.useFipsEndpoint??M(F,c),userAgentAppId:e?.userAgentAppId??M(a,c)}}
class dr extends k{config
constructor(...[e]){const t=ur(e||{})
super(t),this.initConfig=t
const r=(n=t,Object.assign(n,{useDualstackEndpoint:n.useDualstackEndpoint??!1,useFipsEndpoint:n.useFipsEndpoint??!1,useGlobalEndpoint:n.useGlobalEndpoint??!1,defaultSigningName:"sts"}))
var n
const i=d(r),s=te(i),o=B(s),a=l(o),m=((e,t)=>{const r=Object.assign(c(e),x(e),Q(e),(e=>{const t=e.httpAuthSchemes
let r=e.httpAuthSchemeProvider,n=e.credentials
return{setHttpAuthScheme(e){const r=t.findIndex(t=>t.schemeId===e.schemeId);-1===r?t.push(e):t.splice(r,1,e)},httpAuthSchemes:()=>t,setHttpAuthSchemeProvider(e){r=e},httpAuthSchemeProvider:()=>r,setCredentials(e){n=e},credentials:()=>n}})(e))
return t.forEach(e=>e.configure(r)),Object.assign(e,u(r),R(r),Y(r),{httpAuthSchemes:(n=r).httpAuthSchemes(),httpAuthSchemeProvider:n.httpAuthSchemeProvider(),credentials:n.credentials()})
var n})((e=>{const t=se(e),r=oe(t)
return Object.assign(r,{authSchemePreference:b(e.authSchemePreference??[])})})(W(a)),e?.extensions||[])
this.config=m,this.middlewareStack.use(ie(this.config)),this.middlewareStack.use(g(this.config)),this.middlewareStack.use(re(this.config)),this.middlewareStack.use(X(this.config)),this.middlewareStack.use(p(this.config)),this.middlewareStack.use(h(this.config)),this.middlewareStack.use(f(this.config)),this.middlewareStack.use(w(this.config,{httpAuthSchemeParametersProvider:Ve,identityProviderConfigProvider:async e=>new E({"aws.auth#sigv4":e.credentials,"aws.auth#sigv4a":e.credentials})})),this.middlewareStack.use(v(this.config))}destroy(){super.destroy()}}const lr=P({UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}},"AWSSecurityTokenServiceV20110615","STSClient",G),gr={},pr=(e,t,r,n)=>[]
class hr extends(lr(gr,pr,"AssumeRole",ar)){}class fr extends(lr(gr,pr,"AssumeRoleWithWebIdentity",cr)){}const mr={AssumeRoleCommand:hr,AssumeRoleWithWebIdentityCommand:fr}
class yr extends dr{}O(mr,yr)
const Sr=e=>{if("string"==typeof e?.Arn){const t=e.Arn.split(":")
if(t.length>4&&""!==t[4])return t[4]}},wr=async(e,t,r,n={})=>{const i="function"==typeof e?await e():e,s="function"==typeof t?await t():t
let o=""
const a=i??s??(o=await y(n)())
return r?.debug?.("@aws-sdk/client-sts::resolveRegion","accepting first of:",`${i} (credential provider clientConfig)`,`${s} (contextual client)`,`${o} (STS default: AWS_REGION, profile region, or us-east-1)`),a},Er=e=>"h2"===e?.metadata?.handlerProtocol,vr=(e,t)=>t?class extends e{constructor(e){super(e)
for(const e of t)this.middlewareStack.use(e)}}:e,br=(e={},t)=>((e,t)=>{let r,n
return async(i,s)=>{if(n=i,!r){const{logger:i=e?.parentClientConfig?.logger,profile:s=e?.parentClientConfig?.profile,region:o,requestHandler:a=e?.parentClientConfig?.requestHandler,credentialProviderLogger:c,userAgentAppId:u=e?.parentClientConfig?.userAgentAppId}=e,d=await wr(o,e?.parentClientConfig?.region,c,{logger:i,profile:s}),l=!Er(a)
r=new t({...e,userAgentAppId:u,profile:s,credentialDefaultProvider:()=>async()=>n,region:d,requestHandler:l?a:void 0,logger:i})}const{Credentials:o,AssumedRoleUser:a}=await r.send(new hr(s))
if(!o||!o.AccessKeyId||!o.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRole call with role ${s.RoleArn}`)
const c=Sr(a),u={accessKeyId:o.AccessKeyId,secretAccessKey:o.SecretAccessKey,sessionToken:o.SessionToken,expiration:o.Expiration,...o.CredentialScope&&{credentialScope:o.CredentialScope},...c&&{accountId:c}}
return m(u,"CREDENTIALS_STS_ASSUME_ROLE","i"),u}})(e,vr(dr,t)),Ar=(e={},t)=>((e,t)=>{let r
return async n=>{if(!r){const{logger:n=e?.parentClientConfig?.logger,profile:i=e?.parentClientConfig?.profile,region:s,requestHandler:o=e?.parentClientConfig?.requestHandler,credentialProviderLogger:a,userAgentAppId:c=e?.parentClientConfig?.userAgentAppId}=e,u=await wr(s,e?.parentClientConfig?.region,a,{logger:n,profile:i}),d=!Er(o)
r=new t({...e,userAgentAppId:c,profile:i,region:u,requestHandler:d?o:void 0,logger:n})}const{Credentials:i,AssumedRoleUser:s}=await r.send(new fr(n))
if(!i||!i.AccessKeyId||!i.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRoleWithWebIdentity call with role ${n.RoleArn}`)
const o=Sr(s),a={accessKeyId:i.AccessKeyId,secretAccessKey:i.SecretAccessKey,sessionToken:i.SessionToken,expiration:i.Expiration,...i.CredentialScope&&{credentialScope:i.CredentialScope},...o&&{accountId:o}}
return o&&m(a,"RESOLVED_ACCOUNT_ID","T"),m(a,"CREDENTIALS_STS_ASSUME_ROLE_WEB_ID","k"),a}})(e,vr(dr,t))
t.AssumeRole$=ar,t.AssumeRoleCommand=hr,t.AssumeRoleRequest$=Wt,t.AssumeRoleResponse$=Gt,t.AssumeRoleWithWebIdentity$=cr,t.AssumeRoleWithWebIdentityCommand=fr,t.AssumeRoleWithWebIdentityRequest$=Kt,t.AssumeRoleWithWebIdentityResponse$=Qt,t.AssumedRoleUser$=jt,t.Credentials$=Yt,t.ExpiredTokenException=Xe,t.ExpiredTokenException$=kt,t.IDPCommunicationErrorException=it,t.IDPCommunicationErrorException$=Pt,t.IDPRejectedClaimException=rt,t.IDPRejectedClaimException$=Ot,t.InvalidContextAssertionException=Je,t.InvalidContextAssertionException$=Nt,t.InvalidIdentityTokenException=nt,t.InvalidIdentityTokenException$=Dt,t.MalformedPolicyDocumentException=Ze,t.MalformedPolicyDocumentException$=Mt,t.OriginIdentity$=Xt,t.PackedPolicyTooLargeException=et,t.PackedPolicyTooLargeException$=Ft,t.PolicyDescriptorType$=Jt,t.ProvidedContext$=Zt,t.RegionDisabledException=tt,t.RegionDisabledException$=Lt,t.STS=yr,t.STSClient=dr,t.STSServiceException=Ye,t.STSServiceException$=xt,t.Tag$=er,t.TransactionContext$=tr,t.TrustedIdentityPropagationContext$=rr,t.decorateDefaultCredentialProvider=e=>t=>e({roleAssumer:br(t),roleAssumerWithWebIdentity:Ar(t),...t}),t.errorTypeRegistries=$t,t.getDefaultRoleAssumer=br,t.getDefaultRoleAssumerWithWebIdentity=Ar},5785:(e,t,r)=>{const{SignatureV4:n,signatureV4aContainer:i}=r(5118),s={CrtSignerV4:null},o="X-Amz-S3session-Token",a=o.toLowerCase()
class c extends n{async signWithCredentials(e,t,r){const n=u(t)
e.headers[a]=t.sessionToken
return d(this,n),this.signRequest(e,r??{})}async presignWithCredentials(e,t,r){const n=u(t)
delete e.headers[a],e.headers[o]=t.sessionToken,e.query=e.query??{},e.query[o]=t.sessionToken
return d(this,n),this.presign(e,r)}}function u(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,expiration:e.expiration}}function d(e,t){const r=e.credentialProvider
e.credentialProvider=()=>(e.credentialProvider=r,Promise.resolve(t))}t.SignatureV4MultiRegion=class{sigv4aSigner
sigv4Signer
signerOptions
static sigv4aDependency(){return"function"==typeof s.CrtSignerV4?"crt":"function"==typeof i.SignatureV4a?"js":"none"}constructor(e){this.sigv4Signer=new c(e),this.signerOptions=e}async sign(e,t={}){return"*"===t.signingRegion?this.getSigv4aSigner().sign(e,t):this.sigv4Signer.sign(e,t)}async signWithCredentials(e,t,r={}){if("*"===r.signingRegion){const n=this.getSigv4aSigner(),i=s.CrtSignerV4
if(i&&n instanceof i)return n.signWithCredentials(e,t,r)
throw new Error('signWithCredentials with signingRegion \'*\' is only supported when using the CRT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt')}return this.sigv4Signer.signWithCredentials(e,t,r)}async presign(e,t={}){if("*"===t.signingRegion){const r=this.getSigv4aSigner(),n=s.CrtSignerV4
if(n&&r instanceof n)return r.presign(e,t)
throw new Error('presign with signingRegion \'*\' is only supported when using the CRT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt')}return this.sigv4Signer.presign(e,t)}async presignWithCredentials(e,t,r={}){if("*"===r.signingRegion)throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].")
return this.sigv4Signer.presignWithCredentials(e,t,r)}getSigv4aSigner(){if(!this.sigv4aSigner){const e=s.CrtSignerV4,t=i.SignatureV4a
if("node"===this.signerOptions.runtime){if(!e&&!t)throw new Error("Neither CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt")
if(e&&"function"==typeof e)this.sigv4aSigner=new e({...this.signerOptions,signingAlgorithm:1})
else{if(!t||"function"!=typeof t)throw new Error("Available SigV4a implementation is not a valid constructor. Please ensure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt")
this.sigv4aSigner=new t({...this.signerOptions})}}else{if(!t||"function"!=typeof t)throw new Error("JS SigV4a implementation is not available or not a valid constructor. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also register the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a")
this.sigv4aSigner=new t({...this.signerOptions})}}return this.sigv4aSigner}},t.SignatureV4SignWithCredentials=c,t.signatureV4CrtContainer=s},5433:(e,t,r)=>{const{setTokenFeature:n}=r(5152),{getBearerTokenEnvKey:i}=r(7523),{TokenProviderError:s,getSSOTokenFilepath:o,parseKnownFiles:a,getProfileName:c,loadSsoSessionData:u,getSSOTokenFromFile:d,memoize:l,chain:g}=r(7291),{promises:p}=r(3024),h="To refresh this SSO session run 'aws sso login' with the corresponding profile.",f=async(e,t,n={},i)=>{const{CreateTokenCommand:s}=r(9443),o=await(async(e,t={},n)=>{const{SSOOIDCClient:i}=r(9443),s=e=>t.clientConfig?.[e]??t.parentClientConfig?.[e]??n?.[e]
return new i(Object.assign({},t.clientConfig??{},{region:e??t.clientConfig?.region,logger:s("logger"),userAgentAppId:s("userAgentAppId")}))})(t,n,i)
return o.send(new s({clientId:e.clientId,clientSecret:e.clientSecret,refreshToken:e.refreshToken,grantType:"refresh_token"}))},m=e=>{if(e.expiration&&e.expiration.getTime()<Date.now())throw new s(`Token is expired. ${h}`,!1)},y=(e,t,r=!1)=>{if(void 0===t)throw new s(`Value not present for '${e}' in SSO Token${r?". Cannot refresh":""}. ${h}`,!1)},{writeFile:S}=p,w=new Map,E=new Map,v=(e={})=>async({callerClientConfig:t}={})=>{e.logger?.debug("@aws-sdk/token-providers - fromSso")
const r=await a(e),n=c({profile:e.profile??t?.profile}),i=r[n]
if(!i)throw new s(`Profile '${n}' could not be found in shared credentials file.`,!1)
if(!i.sso_session)throw new s(`Profile '${n}' is missing required property 'sso_session'.`)
const l=i.sso_session,g=E.get(l)
if(g)return await g
const p=(await u(e))[l]
if(!p)throw new s(`Sso session '${l}' could not be found in shared credentials file.`,!1)
for(const e of["sso_start_url","sso_region"])if(!p[e])throw new s(`Sso session '${l}' is missing required property '${e}'.`,!1)
p.sso_start_url
const v=p.sso_region
let b
try{b=await d(l)}catch(e){throw new s(`The SSO session token associated with profile=${n} was not found or is invalid. ${h}`,!1)}y("accessToken",b.accessToken),y("expiresAt",b.expiresAt)
const{accessToken:A,expiresAt:C}=b,T={token:A,expiration:new Date(C)}
if(T.expiration.getTime()-Date.now()>3e5)return T
const I=E.get(l)
if(I)return await I
const _=w.get(l)??0
if(Date.now()-_<3e4)return m(T),T
y("clientId",b.clientId,!0),y("clientSecret",b.clientSecret,!0),y("refreshToken",b.refreshToken,!0)
const x=(async()=>{try{w.set(l,Date.now())
const r=await f(b,v,e,t)
y("accessToken",r.accessToken),y("expiresIn",r.expiresIn)
const n=new Date(Date.now()+1e3*r.expiresIn)
try{await((e,t)=>{const r=o(e),n=JSON.stringify(t,null,2)
return S(r,n)})(l,{...b,accessToken:r.accessToken,expiresAt:n.toISOString(),refreshToken:r.refreshToken})}catch(e){}return{token:r.accessToken,expiration:n}}catch(e){return m(T),T}})()
E.set(l,x)
try{return await x}finally{E.delete(l)}}
t.fromEnvSigningName=({logger:e,signingName:t}={})=>async()=>{if(e?.debug?.("@aws-sdk/token-providers - fromEnvSigningName"),!t)throw new s("Please pass 'signingName' to compute environment variable key",{logger:e})
const r=i(t)
if(!(r in process.env))throw new s(`Token not present in '${r}' environment variable`,{logger:e})
const o={token:process.env[r]}
return n(o,"BEARER_SERVICE_ENV_VARS","3"),o},t.fromSso=v,t.fromStatic=({token:e,logger:t})=>async()=>{if(t?.debug("@aws-sdk/token-providers - fromStatic"),!e||!e.token)throw new s("Please pass a valid token to fromStatic",!1)
return e},t.nodeProvider=(e={})=>l(g(v(e),async()=>{throw new s("Could not load token from any providers",!1)}),e=>void 0!==e.expiration&&e.expiration.getTime()-Date.now()<3e5,e=>void 0!==e.expiration)},4274:(e,t)=>{const r=/[&<>"]/g,n={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;"}
function i(e){return e.replace(r,e=>n[e])}const s=/[&"'<>\r\n\u0085\u2028]/g,o={"&":"&amp;",'"':"&quot;","'":"&apos;","<":"&lt;",">":"&gt;","\r":"&#x0D;","\n":"&#x0A;","\x85":"&#x85;","\u2028":"&#x2028;"}
class a{value
constructor(e){this.value=e}toString(){return(""+this.value).replace(s,e=>o[e])}}class c{name
children
attributes={}
static of(e,t,r){const n=new c(e)
return void 0!==t&&n.addChildNode(new a(t)),void 0!==r&&n.withName(r),n}constructor(e,t=[]){this.name=e,this.children=t}withName(e){return this.name=e,this}addAttribute(e,t){return this.attributes[e]=t,this}addChildNode(e){return this.children.push(e),this}removeAttribute(e){return delete this.attributes[e],this}n(e){return this.name=e,this}c(e){return this.children.push(e),this}a(e,t){return null!=t&&(this.attributes[e]=t),this}cc(e,t,r=t){if(null!=e[t]){const n=c.of(t,e[t]).withName(r)
this.c(n)}}l(e,t,r,n){if(null!=e[t]){n().map(e=>{e.withName(r),this.c(e)})}}lc(e,t,r,n){if(null!=e[t]){const e=n(),t=new c(r)
e.map(e=>{t.c(e)}),this.c(t)}}toString(){const e=Boolean(this.children.length)
let t=`<${this.name}`
const r=this.attributes
for(const e of Object.keys(r)){const n=r[e]
null!=n&&(t+=` ${e}="${i(""+n)}"`)}return t+(e?`>${this.children.map(e=>e.toString()).join("")}</${this.name}>`:"/>")}}function u(e){Object.defineProperty(e,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}class d{x
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
const i=[],s=[]
let o=!1
for(;e.i<e.z&&!e.isNext("</");)if("<"===e.x[e.i])e.isNext("\x3c!--")?e.readTo("--\x3e"):e.isNext("<![CDATA[")?(e.i+=9,i.push(e.readTo("]]>"))):e.isNext("<?")?e.readTo("?>"):(o=!0,s.push(e.parseTag()))
else{let t=""
for(;e.i<e.z&&"<"!==e.x[e.i];)t+=e.x[e.i++]
i.push(e.decodeEntities(t))}if(!e.isNext("</"))throw new Error(`@aws-sdk XML parse error: missing closing tag </${t}>.`)
e.i+=2
const a=e.readTo(">").trim()
if(a!==t)throw new Error(`@aws-sdk XML parse error: mismatched tags <${t}> and </${a}>.`)
if(!r&&0===i.length&&!o)return{tag:t,value:""}
if(!r&&!o){const e=1===i.length?i[0]:i.join("")
return""===e.trim()&&e.includes("\n")?{tag:t,value:""}:{tag:t,value:e}}const c={}
for(const e of i)""===e.trim()&&e.includes("\n")||(c["#text"]="#text"in c?c["#text"]+e:e)
for(const e of s)"__proto__"===e.tag&&u(c),e.tag in c?Array.isArray(c[e.tag])?c[e.tag].push(e.value):c[e.tag]=[c[e.tag],e.value]:c[e.tag]=e.value
for(const[e,t]of Object.entries(n))"__proto__"===e&&u(c),c[e]=t
return{tag:t,value:c}}static ENTITIES={amp:"&",lt:"<",gt:">",quot:'"',apos:"'"}
skipDoctype(){const e=this
e.i+=9
let t=0
for(;e.i<e.z;){const r=e.x[e.i]
if("["===r)++t
else if("]"===r)--t
else if(">"===r&&0===t)return void++e.i;++e.i}throw new Error("@aws-sdk XML parse error: unclosed DOCTYPE.")}decodeEntities(e){return e.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,(e,t,r,n)=>t?String.fromCharCode(parseInt(t,16)):r?String.fromCharCode(parseInt(r,10)):d.ENTITIES[n]??"")}}t.XmlNode=c,t.XmlText=a,t.parseXML=function(e){return new d(e).parse()}},9320:(e,t,r)=>{const n={REQUEST_ID:Symbol.for("_AWS_LAMBDA_REQUEST_ID"),X_RAY_TRACE_ID:Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),TENANT_ID:Symbol.for("_AWS_LAMBDA_TENANT_ID"),TRACEPARENT:Symbol.for("_AWS_LAMBDA_TRACEPARENT"),TRACESTATE:Symbol.for("_AWS_LAMBDA_TRACESTATE"),BAGGAGE:Symbol.for("_AWS_LAMBDA_BAGGAGE")},i=["true","1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA??"")
i||(globalThis.awslambda=globalThis.awslambda||{})
class s{static PROTECTED_KEYS=n
isProtectedKey(e){return Object.values(n).includes(e)}getRequestId(){return this.get(n.REQUEST_ID)??"-"}getXRayTraceId(){return this.get(n.X_RAY_TRACE_ID)}getTenantId(){return this.get(n.TENANT_ID)}getTraceparent(){return this.get(n.TRACEPARENT)}getTracestate(){return this.get(n.TRACESTATE)}getBaggage(){return this.get(n.BAGGAGE)}}class o extends s{currentContext
getContext(){return this.currentContext}hasContext(){return void 0!==this.currentContext}get(e){return this.currentContext?.[e]}set(e,t){if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`)
this.currentContext=this.currentContext||{},this.currentContext[e]=t}run(e,t){return this.currentContext=e,t()}}class a extends s{als
static async create(){const e=new a,t=await Promise.resolve().then(r.t.bind(r,6698,23))
return e.als=new t.AsyncLocalStorage,e}getContext(){return this.als.getStore()}hasContext(){return void 0!==this.als.getStore()}get(e){return this.als.getStore()?.[e]}set(e,t){if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`)
const r=this.als.getStore()
if(!r)throw new Error("No context available")
r[e]=t}run(e,t){return this.als.run(e,t)}}t.InvokeStore=void 0,function(e){let t=null
e.getInstanceAsync=async function(e){return t||(t=(async()=>{const t=!0===e||"AWS_LAMBDA_MAX_CONCURRENCY"in process.env?await a.create():new o
return!i&&globalThis.awslambda?.InvokeStore?globalThis.awslambda.InvokeStore:!i&&globalThis.awslambda?(globalThis.awslambda.InvokeStore=t,t):t})()),t},e._testing="1"===process.env.AWS_LAMBDA_BENCHMARK_MODE?{reset:()=>{t=null,globalThis.awslambda?.InvokeStore&&delete globalThis.awslambda.InvokeStore,globalThis.awslambda={InvokeStore:void 0}}}:void 0}(t.InvokeStore||(t.InvokeStore={})),t.InvokeStoreBase=s},402:(e,t,r)=>{const{getSmithyContext:n,hasOwn:i}=r(4534)
t.getSmithyContext=n
const{HttpRequest:s}=r(3422),{requestBuilder:o}=r(3422)
t.requestBuilder=o
const{HttpApiKeyAuthLocation:a}=r(690)
const c=(e,t)=>(r,i)=>async s=>{const o=((e,t)=>{if(!t||0===t.length)return e
const r=[]
for(const n of t)for(const t of e)t.schemeId.split("#")[1]===n&&r.push(t)
for(const t of e)r.find(({schemeId:e})=>e===t.schemeId)||r.push(t)
return r})(e.httpAuthSchemeProvider(await t.httpAuthSchemeParametersProvider(e,i,s.input)),e.authSchemePreference?await e.authSchemePreference():[]),a=function(e){const t=new Map
for(const r of e)t.set(r.schemeId,r)
return t}(e.httpAuthSchemes),c=n(i),u=[]
for(const r of o){const n=a.get(r.schemeId)
if(!n){u.push(`HttpAuthScheme \`${r.schemeId}\` was not enabled for this service.`)
continue}const s=n.identityProvider(await t.identityProviderConfigProvider(e))
if(!s){u.push(`HttpAuthScheme \`${r.schemeId}\` did not have an IdentityProvider configured.`)
continue}const{identityProperties:o={},signingProperties:d={}}=r.propertiesExtractor?.(e,i)||{}
r.identityProperties=Object.assign(r.identityProperties||{},o),r.signingProperties=Object.assign(r.signingProperties||{},d),c.selectedHttpAuthScheme={httpAuthOption:r,identity:await s(r.identityProperties),signer:n.signer}
break}if(!c.selectedHttpAuthScheme)throw new Error(u.join("\n"))
return r(s)},u={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"endpointV2Middleware"},d={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"serializerMiddleware"},l=e=>e=>{throw e},g=(e,t)=>{},p=e=>(e,t)=>async r=>{if(!s.isInstance(r.request))return e(r)
const i=n(t).selectedHttpAuthScheme
if(!i)throw new Error("No HttpAuthScheme was selected: unable to sign request")
const{httpAuthOption:{signingProperties:o={}},identity:a,signer:c}=i,u=await e({...r,request:await c.sign(r.request,a,o)}).catch((c.errorHandler||l)(o))
return(c.successHandler||g)(u.response,o),u},h={step:"finalizeRequest",tags:["HTTP_SIGNING"],name:"httpSigningMiddleware",aliases:["apiKeyMiddleware","tokenMiddleware","awsAuthMiddleware"],override:!0,relation:"after",toMiddleware:"retryMiddleware"},f=async(e,t,r,n=e=>e,...i)=>{let s=new e(r)
return s=n(s)??s,await t.send(s,...i)}
const m=(e,t)=>{let r=e
const n=t.split(".")
for(const e of n){if(!r||"object"!=typeof r)return
r=r[e]}return r}
const y=e=>function(t){return E(t)&&t.expiration.getTime()-Date.now()<e},S=3e5,w=y(S),E=e=>void 0!==e.expiration
t.DefaultIdentityProviderConfig=class{authSchemes=new Map
constructor(e){for(const t in e){if(!i(e,t))continue
const r=e[t]
void 0!==r&&this.authSchemes.set(t,r)}}getIdentityProvider(e){return this.authSchemes.get(e)}},t.EXPIRATION_MS=S,t.HttpApiKeyAuthSigner=class{async sign(e,t,r){if(!r)throw new Error("request could not be signed with `apiKey` since the `name` and `in` signer properties are missing")
if(!r.name)throw new Error("request could not be signed with `apiKey` since the `name` signer property is missing")
if(!r.in)throw new Error("request could not be signed with `apiKey` since the `in` signer property is missing")
if(!t.apiKey)throw new Error("request could not be signed with `apiKey` since the `apiKey` is not defined")
const n=s.clone(e)
if(r.in===a.QUERY)n.query[r.name]=t.apiKey
else{if(r.in!==a.HEADER)throw new Error("request can only be signed with `apiKey` locations `query` or `header`, but found: `"+r.in+"`")
n.headers[r.name]=r.scheme?`${r.scheme} ${t.apiKey}`:t.apiKey}return n}},t.HttpBearerAuthSigner=class{async sign(e,t,r){const n=s.clone(e)
if(!t.token)throw new Error("request could not be signed with `token` since the `token` is not defined")
return n.headers.Authorization=`Bearer ${t.token}`,n}},t.NoAuthSigner=class{async sign(e,t,r){return e}},t.createIsIdentityExpiredFunction=y,t.createPaginator=function(e,t,r,n,i){return async function*(s,o,...a){const c=o
let u,d=s.startingToken??c[r],l=!0
for(;l;){if(c[r]=d,i&&(c[i]=c[i]??s.pageSize),!(s.client instanceof e))throw new Error(`Invalid client, expected instance of ${e.name}`)
u=await f(t,s.client,o,s.withCommand,...a),yield u
const g=d
d=m(u,n),l=!(!d||s.stopOnSameToken&&d===g)}}},t.doesIdentityRequireRefresh=E,t.getHttpAuthSchemeEndpointRuleSetPlugin=(e,{httpAuthSchemeParametersProvider:t,identityProviderConfigProvider:r})=>({applyToStack:n=>{n.addRelativeTo(c(e,{httpAuthSchemeParametersProvider:t,identityProviderConfigProvider:r}),u)}}),t.getHttpAuthSchemePlugin=(e,{httpAuthSchemeParametersProvider:t,identityProviderConfigProvider:r})=>({applyToStack:n=>{n.addRelativeTo(c(e,{httpAuthSchemeParametersProvider:t,identityProviderConfigProvider:r}),d)}}),t.getHttpSigningPlugin=e=>({applyToStack:e=>{e.addRelativeTo(p(),h)}}),t.httpAuthSchemeEndpointRuleSetMiddlewareOptions=u,t.httpAuthSchemeMiddleware=c,t.httpAuthSchemeMiddlewareOptions=d,t.httpSigningMiddleware=p,t.httpSigningMiddlewareOptions=h,t.isIdentityExpired=w,t.memoizeIdentityProvider=(e,t,r)=>{if(void 0===e)return
const n="function"!=typeof e?async()=>Promise.resolve(e):e
let i,s,o,a=!1
const c=async e=>{s||(s=n(e))
try{i=await s,o=!0,a=!1}finally{s=void 0}return i}
return void 0===t?async e=>(o&&!e?.forceRefresh||(i=await c(e)),i):async e=>(o&&!e?.forceRefresh||(i=await c(e)),a?i:r(i)?t(i)?(await c(e),i):i:(a=!0,i))},t.normalizeProvider=e=>{if("function"==typeof e)return e
const t=Promise.resolve(e)
return()=>t},t.setFeature=function(e,t,r){e.__smithy_context?e.__smithy_context.features||(e.__smithy_context.features={}):e.__smithy_context={features:{}},e.__smithy_context.features[t]=r}},4645:(e,t,r)=>{const{nv:n,NumericValue:i,calculateBodyLength:s,generateIdempotencyToken:o,fromBase64:a,_parseEpochTimestamp:c}=r(2430),{hasOwn:u}=r(4534),{HttpRequest:d,collectBody:l,SerdeContext:g,AbstractRpcV2Protocol:p}=r(3422),{NormalizedSchema:h,TypeRegistry:f}=r(6890),m=20,y=21,S=22,w=25,E=26,v=27,b=31
function A(e){return"undefined"!=typeof Buffer?Buffer.alloc(e):new Uint8Array(e)}const C=Symbol("@smithy/core/cbor::tagSymbol")
function T(e){return e[C]=!0,e}const I="undefined"!=typeof Buffer,_=new TextDecoder
let x=A(0),R=!1,k=new DataView(x.buffer,x.byteOffset,x.byteLength),P=0
function O(e,t){if(e>=t)throw new Error("unexpected end of (decode) payload.")
const r=(224&x[e])>>5,i=31&x[e]
if(31===i&&2<=r&&r<=5)return function(e,t){const r=(224&x[e])>>5,n=31&x[e]
if(n===b)switch(r){case 3:return function(e,t){const r=[]
for(const n=e+=1;e<t;){if(255===x[e]){const t=A(r.length)
return t.set(r,0),P=e-n+2,I?t.toString("utf-8",0,t.length):_.decode(t)}const i=(224&x[e])>>5,s=31&x[e]
if(3!==i&&H(i),s===b)throw new Error("nested indefinite string.")
const o=L(e,t)
e+=P
for(let e=0;e<o.length;++e)r.push(o[e])}throw new Error("expected break marker.")}(e,t)
case 5:return function(e,t){e+=1
const r=e,n={}
for(;e<t;){if(255===x[e])return P=e-r+2,n
const i=N(e,t)
e+=P,n[i]=O(e,t),e+=P}throw new Error("expected break marker.")}(e,t)
case 4:return function(e,t){const r=[]
for(const n=e+=1;e<t;){if(255===x[e])return P=e-n+2,r
r.push(O(e,t)),e+=P}throw new Error("expected break marker.")}(e,t)
case 2:return function(e,t){const r=[]
for(const n=e+=1;e<t;){if(255===x[e]){const t=A(r.length)
return t.set(r,0),P=e-n+2,t}const i=(224&x[e])>>5,s=31&x[e]
if(2!==i&&H(i),s===b)throw new Error("nested indefinite string.")
const o=L(e,t)
e+=P
for(let e=0;e<o.length;++e)r.push(o[e])}throw new Error("expected break marker.")}(e,t)}}(e,t)
switch(r){case 0:case 1:case 6:{let s,o
if(i<24)s=i,o=1
else switch(i){case 24:t-e<2&&B(1),s=x[e+1],o=2
break
case w:t-e<3&&B(2),s=k.getUint16(e+1),o=3
break
case E:t-e<5&&B(4),s=k.getUint32(e+1),o=5
break
case v:t-e<9&&B(8)
{const t=k.getUint32(e+1)
s=t<2097152?4294967296*t+k.getUint32(e+5):k.getBigUint64(e+1)}o=9
break
default:z(i)}if(0===r)return P=o,U(s)
if(1===r){let e
return e="bigint"==typeof s?BigInt(-1)-s:-1-s,P=o,U(e)}return function(e,t,r,i,s){if(2===r||3===r){const n=$(e+s,t)
let i=BigInt(0)
const o=e+s+P
for(let e=o;e<o+n;++e)i=i<<BigInt(8)|BigInt(x[e])
return P=s+P+n,3===r?-i-BigInt(1):i}if(4===r){const r=O(e+s,t),[i,o]=r,a=BigInt(o<0?-1:1)*BigInt(o),c=String(a),u=o<0?"-":""
let d
if("number"==typeof i&&Math.abs(i)<=2**28){const e=i,t="0".repeat(Math.abs(e)+1)+c
d=0===e?t:t.slice(0,t.length+e)+"."+t.slice(e),d=d.replace(/^0+/g,""),""===d&&(d="0"),"."===d[0]&&(d="0"+d),d=u+d}else{const e=BigInt(i)
if(1===c.length)d=u+c+"e"+String(e)
else{const t=e+BigInt(c.length-1)
d=u+c[0]+"."+c.slice(1)+"e"+String(t)}}return P=s+P,n(d)}{const r=O(e+s,t)
return P=s+P,T({tag:U(i),value:r})}}(e,t,i,s,o)}case 3:return N(e,t)
case 5:return function(e,t){const r=$(e,t)
if(r<25)return function(e,t,r){const n=P
e+=n
const i=e,s={}
for(let n=0;n<r;++n){const r=N(e,t)
e+=P,s[r]=O(e,t),e+=P}return P=n+(e-i),s}(e,t,r)
return function(e,t,r){const n=P
e+=n
const i=e,s=Object.create(null)
for(let n=0;n<r;++n){const r=N(e,t),n=(224&x[e+=P])>>5
s[r]=3===n?N(e,t):O(e,t),e+=P}return P=n+(e-i),Object.setPrototypeOf(s,Object.prototype),s}(e,t,r)}(e,t)
case 4:return function(e,t){const r=$(e,t),n=P
e+=n
const i=e,s=Array(r)
for(let n=0;n<r;++n)s[n]=O(e,t),e+=P
return P=n+(e-i),s}(e,t)
case 2:return L(e,t)
default:return function(e,t){const r=31&x[e]
switch(r){case y:case m:return P=1,r===y
case S:case 23:return P=1,null
case w:if(t-e<3)throw new Error("incomplete float16 at end of buf.")
return P=3,function(e,t){const r=(124&e)>>2,n=(3&e)<<8|t,i=e>>7?-1:1
if(0===r)return 0===n?0:i*(Math.pow(2,-14)*(n/1024))
if(31===r)return 0===n?i*(1/0):NaN
return i*(Math.pow(2,r-15)*(1+n/1024))}(x[e+1],x[e+2])
case E:if(t-e<5)throw new Error("incomplete float32 at end of buf.")
return P=5,k.getFloat32(e+1)
case v:if(t-e<9)throw new Error("incomplete float64 at end of buf.")
return P=9,k.getFloat64(e+1)
default:z(r)}}(e,t)}}function N(e,t){const r=$(e,t),n=P
return t-(e+=n)<r&&B(r),P=n+r,r<24?function(e,t){let r=t
for(let n=0;n<t;++n)r=31*r+x[e+n]|0
const n=r>>>0&2047,i=D[n]
if(void 0!==i&&i.length===t){let r=!0
for(let n=0;n<t;++n)if(i.charCodeAt(n)!==x[e+n]){r=!1
break}if(r)return M[n]=F,i}const s=R?x.toString("utf-8",e,e+t):_.decode(x.subarray(e,e+t))
M[n]!==F&&(D[n]=s,M[n]=F)
return s}(e,r):R?x.toString("utf-8",e,e+r):_.decode(x.subarray(e,e+r))}const D=new Array(2048),M=new Uint16Array(2048)
let F=0
function L(e,t){const r=$(e,t),n=P
t-(e+=n)<r&&B(r)
const i=x.subarray(e,e+r)
return P=n+r,i}function $(e,t){const r=31&x[e]
if(r<24)return P=1,r
switch(r){case 24:return t-e<2&&B(1),P=2,x[e+1]
case w:return t-e<3&&B(2),P=3,k.getUint16(e+1)
case E:return t-e<5&&B(4),P=5,k.getUint32(e+1)
case v:return t-e<9&&B(8),P=9,function(e){const t=Number(e);(t<Number.MIN_SAFE_INTEGER||Number.MAX_SAFE_INTEGER<t)&&console.warn(new Error(`@smithy/core/cbor - truncating BigInt(${e}) to ${t} with loss of precision.`))
return t}(k.getBigUint64(e+1))
default:z(r)}}function U(e){if("number"==typeof e)return e
const t=Number(e)
return Number.MIN_SAFE_INTEGER<=t&&t<=Number.MAX_SAFE_INTEGER?t:e}function B(e){throw new Error(`length ${e} greater than remaining buf len.`)}function z(e){throw new Error(`unexpected minor value ${e}.`)}function H(e){throw new Error(`unexpected major type ${e} in indefinite string.`)}const V="undefined"!=typeof Buffer,q=new Map
let j=0,W=!1
let G=A(2048),K=new DataView(G.buffer,G.byteOffset,G.byteLength),Q=0
function Y(){const e=A(Q)
return e.set(G.subarray(0,Q),0),Q=0,e}function X(e){const t=G
G=A(e),t&&(t.copy?t.copy(G,0,0,t.byteLength):G.set(t,0)),K=new DataView(G.buffer,G.byteOffset,G.byteLength)}function J(e){const t=q.get(e)
if(void 0!==t)return G.set(t.bytes,Q),Q+=t.bytes.length,void(t.epoch=j)
const r=Q
te(3,Buffer.byteLength(e)),Q+=G.write(e,Q)
const n=Uint8Array.prototype.slice.call(G,r,Q)
if(q.size>=2048){if(W)return
let e=0
for(const[t,r]of q){if(e>=1024)break
r.epoch!==j&&(q.delete(t),e++)}if(0===e)return void(W=!0)}q.size<2048&&q.set(e,{epoch:j,bytes:n})}function Z(e){G.byteLength-Q<e&&X(Q<16e6?Math.max(4*G.byteLength,G.byteLength+e):G.byteLength+e+16e6)}function ee(e,t){t<24?G[Q++]=e<<5|t:t<256?(G[Q++]=e<<5|24,G[Q++]=t):t<65536?(G[Q++]=e<<5|w,K.setUint16(Q,t),Q+=2):t<4294967296?(G[Q++]=e<<5|E,K.setUint32(Q,t),Q+=4):(G[Q++]=e<<5|v,K.setBigUint64(Q,"bigint"==typeof t?t:BigInt(t)),Q+=8)}function te(e,t){if(t<24)G[Q++]=e<<5|t
else if(t<256)G[Q++]=e<<5|24,G[Q++]=t
else if(t<65536)G[Q++]=e<<5|w,G[Q++]=t>>8,G[Q++]=255&t
else if(t<4294967296)G[Q++]=e<<5|E,K.setUint32(Q,t),Q+=4
else{G[Q++]=e<<5|v
const r=t/4294967296|0,n=t-4294967296*r|0
K.setUint32(Q,r),K.setUint32(Q+4,n),Q+=8}}const re={deserialize:e=>(F=F+1&65535,x=e,R=I&&x instanceof Buffer,k=new DataView(x.buffer,x.byteOffset,x.byteLength),O(0,e.length)),serialize(e){j=j+1&65535,W=!1
try{return function(e){const t=[e]
for(;t.length;){const e=t.pop()
if("string"==typeof e){const t=e.length
if(V)Z(3*t+9),t>23?(ee(3,Buffer.byteLength(e)),Q+=G.write(e,Q)):J(e)
else{Z(3*t+9)
const r=Q,n=(new TextEncoder).encodeInto(e,G.subarray(Q+9)).written
let i
i=n<24?1:n<256?2:n<65536?3:n<4294967296?5:9,i<9&&G.copyWithin(r+i,r+9,r+9+n),Q=r,te(3,n),Q+=n}continue}if(G.byteLength-Q<9&&Z(64),"number"!=typeof e){if("bigint"==typeof e){const t=e>=0,r=t?0:1,n=t?e:-e-BigInt(1)
if(n<BigInt("18446744073709551616")){const e=Number(n)
e<4294967296?te(r,e):(G[Q++]=r<<5|v,K.setBigUint64(Q,n),Q+=8)}else{const e=n.toString(2),r=new Uint8Array(Math.ceil(e.length/8))
let i=n,s=0
for(;r.byteLength-++s>=0;)r[r.byteLength-s]=Number(i&BigInt(255)),i>>=BigInt(8)
Z(2*r.byteLength+16),G[Q++]=t?194:195,ee(2,r.byteLength),G.set(r,Q),Q+=r.byteLength}continue}if(null!==e)if("boolean"!=typeof e){if(void 0===e)throw new Error("@smithy/core/cbor: client may not serialize undefined value.")
if(Array.isArray(e)){te(4,e.length),Z(9*e.length+64)
for(let r=e.length-1;r>=0;--r)t.push(e[r])}else{if("number"!=typeof e.byteLength){if("object"==typeof e){if(e instanceof i){let r=e.string,n=BigInt(0)
const i=r.search(/[eE]/);-1!==i&&(n=BigInt(r.slice(i+1)),r=r.slice(0,i))
const s=r.indexOf("."),o=-1===s?0:r.length-s-1,a=n-BigInt(o),c=BigInt(r.replace(".",""))
G[Q++]=196,te(4,2),t.push(c),t.push(a>=-0x20000000000000n&&a<=0x1fffffffffffffn?Number(a):a)
continue}if(e[C]){if("tag"in e&&"value"in e){t.push(e.value),ee(6,e.tag)
continue}throw new Error("tag encountered with missing fields, need 'tag' and 'value', found: "+JSON.stringify(e))}const r=Object.keys(e),n=r.length
te(5,n)
for(let i=n-1;i>=0;--i)t.push(e[r[i]]),t.push(r[i])
continue}throw new Error(`data type ${e?.constructor?.name??typeof e} not compatible for encoding.`)}Z(2*e.length+9),te(2,e.length),G.set(e,Q),Q+=e.byteLength}}else G[Q++]=224|(e?y:m)
else G[Q++]=246}else{if(Number.isInteger(e)&&e>=-9007199254740992&&e<=9007199254740991){const t=e>=0,r=t?0:1,n=t?e:-e-1
if(n<24)G[Q++]=r<<5|n
else if(n<256)G[Q++]=r<<5|24,G[Q++]=n
else if(n<65536)G[Q++]=r<<5|w,G[Q++]=n>>8,G[Q++]=255&n
else if(n<4294967296)G[Q++]=r<<5|E,K.setUint32(Q,n),Q+=4
else{G[Q++]=r<<5|v
const e=n/4294967296|0,t=n-4294967296*e|0
K.setUint32(Q,e),K.setUint32(Q+4,t),Q+=8}continue}G[Q++]=251,K.setFloat64(Q,e),Q+=8}}}(e),Y()}catch(e){throw Y(),e}},resizeEncodingBuffer(e){X(e)}},ne=(e,t)=>l(e,t).then(async e=>{if(e.length)try{return re.deserialize(e)}catch(r){throw Object.defineProperty(r,"$responseBodyText",{value:t.utf8Encoder(e)}),r}return{}}),ie=e=>T({tag:1,value:e.getTime()/1e3}),se=(e,t)=>{if(void 0!==t.__type)return(e=>{let t=e
return"number"==typeof t&&(t=t.toString()),t.indexOf(",")>=0&&(t=t.split(",")[0]),t.indexOf(":")>=0&&(t=t.split(":")[0]),t})(t.__type)}
class oe extends g{write(e,t){fe=0
ve(h.of(e),t,void 0,this.serdeContext)}flush(){const e=pe.subarray(0,fe)
return fe=0,pe=Ee(ge),he=new DataView(pe.buffer,pe.byteOffset,pe.byteLength),e}}const ae=Symbol.for("@smithy/cbor-struct-cache")
function ce(e){const t=e.getSchema(),r=t[ae]
if(r)return r
const n=[],i=[]
for(const[t,r]of e.structIterator())n.push(t),i.push(r)
const s=new Array(n.length)
for(let e=0;e<n.length;++e)s[e]=ue(n[e])
const o={memberNames:n,memberSchemas:i,encodedKeys:s}
return t[ae]=o,o}function ue(e){let t
t=de?Buffer.from(e,"utf-8"):(new TextEncoder).encode(e)
const r=t.length
let n
n=r<24?1:r<256?2:3
const i=new Uint8Array(n+r)
return 1===n?i[0]=96|r:2===n?(i[0]=120,i[1]=r):(i[0]=121,i[1]=r>>8,i[2]=255&r),i.set(t,n),i}const de="undefined"!=typeof Buffer,le=new TextEncoder,ge=2048
let pe=de?Buffer.allocUnsafe(ge):new Uint8Array(ge),he=new DataView(pe.buffer,pe.byteOffset,pe.byteLength),fe=0
const me=2048,ye=new Map
let Se=0,we=!1
function Ee(e){return de?Buffer.allocUnsafe(e):new Uint8Array(e)}function ve(e,t,r,n){if(null==t)return void 0===t&&e.isIdempotencyToken()?void xe(o()):(Te(1),void(pe[fe++]=246))
if(e.isUnitSchema())return Te(1),void Ie(5,0)
if("object"==typeof t){if(e.isBlobSchema()&&t instanceof Uint8Array)return void Ne(t)
if(e.isTimestampSchema()&&t instanceof Date)return void Fe(t)
if(e.isStructSchema())return void function(e,t,r){if(e.isUnionSchema()){let n=!1
for(const[i,s]of e.structIterator()){const o=t[i]
if(null!=o){Te(9),Ie(5,1),xe(i),ve(s,o,e,r),n=!0
break}}if(!n){const{$unknown:e}=t
Array.isArray(e)?(Te(9),Ie(5,1),xe(e[0]),Ce(e[1])):(Te(9),Ie(5,0))}return}const n=ce(e),{memberNames:i,memberSchemas:s,encodedKeys:o}=n,a=i.length
let c
c=a<24?1:a<256?2:3
Te(c)
const d=fe
fe+=c
let l=0
for(let n=0;n<a;++n){const a=t[i[n]]
if(null==a&&!s[n].isIdempotencyToken())continue
const c=o[n]
Te(c.length),pe.set(c,fe),fe+=c.length,ve(s[n],a,e,r),++l}if("string"==typeof t.__type)for(const e in t)u(t,e)&&(i.includes(e)||(xe(e),Ce(t[e]),++l))
1===c?pe[d]=160|l:2===c?(pe[d]=184,pe[d+1]=l):(pe[d]=185,pe[d+1]=l>>8,pe[d+2]=255&l)}(e,t,n)
if(Array.isArray(t)&&(e.isListSchema()||e.isDocumentSchema()))return void be(e,t,e.isDocumentSchema(),n)
if(e.isMapSchema())return void Ae(e,t,!1,n)
if(t instanceof Date)return void Fe(t)
if(t instanceof Uint8Array)return void Ne(t)
if(t instanceof i)return void Me(t)
if(t[C]){const e=t
return void De(e.tag,e.value)}return e.isDocumentSchema()?void(Array.isArray(t)?be(e,t,!0,n):Ae(e,t,!0,n)):e.isBigDecimalSchema()?void Ce(t):void Ae(e,t,!0,n)}if("string"!=typeof t)return"number"==typeof t?(Te(9),void(Number.isInteger(t)&&t>=-9007199254740992&&t<=9007199254740991?Pe(t):ke(t))):"boolean"==typeof t?(Te(1),void(pe[fe++]=224|(t?y:m))):void("bigint"!=typeof t?xe(String(t)):Oe(t))
if(e.isBlobSchema()){return void Ne((n?.base64Decoder??a)(t))}xe(t)}function be(e,t,r,n){const i=!!e.getMergedTraits().sparse,s=e.getValueSchema()
if(r||i){const e=[]
for(let n=0;n<t.length;++n){const s=t[n]
r?void 0!==s&&e.push(s):(null!=s||i)&&e.push(s)}Te(9),Ie(4,e.length)
for(let t=0;t<e.length;++t)ve(s,e[t],0,n)}else{let e=0
for(let r=0;r<t.length;++r)null!=t[r]&&++e
Te(9),Ie(4,e)
for(let e=0;e<t.length;++e)null!=t[e]&&ve(s,t[e],0,n)}}function Ae(e,t,r,n){const i=!!e.getMergedTraits().sparse,s=e.getValueSchema(),o=[]
for(const e in t){if(!u(t,e))continue
const n=t[e];(r?void 0!==n:null!=n||i)&&o.push(e)}Te(9),Ie(5,o.length)
for(let e=0;e<o.length;++e){const r=o[e]
xe(r),ve(s,t[r],0,n)}}function Ce(e){if(null==e)return Te(1),void(pe[fe++]=246)
if("string"!=typeof e){if("number"==typeof e)return Te(9),void(Number.isInteger(e)&&e>=-9007199254740992&&e<=9007199254740991?Pe(e):ke(e))
if("boolean"==typeof e)return Te(1),void(pe[fe++]=224|(e?y:m))
if("bigint"!=typeof e)if(e instanceof Uint8Array)Ne(e)
else if(e instanceof Date)Fe(e)
else if(e instanceof i)Me(e)
else{if(e[C]){const t=e
return void De(t.tag,t.value)}if(Array.isArray(e)){Te(9),Ie(4,e.length)
for(let t=0;t<e.length;++t)Ce(e[t])}else{if("object"==typeof e){const t=Object.keys(e)
Te(9),Ie(5,t.length)
for(let r=0;r<t.length;++r)xe(t[r]),Ce(e[t[r]])
return}xe(String(e))}}else Oe(e)}else xe(e)}function Te(e){if(fe+e>pe.length){let t=2*pe.length
for(;t<fe+e;)t*=2
const r=Ee(t)
r.set(pe.subarray(0,fe)),pe=r,he=new DataView(r.buffer,r.byteOffset,r.byteLength)}}function Ie(e,t){if(t<24)pe[fe++]=e<<5|t
else if(t<256)pe[fe++]=e<<5|24,pe[fe++]=t
else if(t<65536)pe[fe++]=e<<5|w,pe[fe++]=t>>8,pe[fe++]=255&t
else if(t<4294967296)pe[fe++]=e<<5|E,he.setUint32(fe,t),fe+=4
else{pe[fe++]=e<<5|v
const r=t/4294967296|0,n=t-4294967296*r|0
he.setUint32(fe,r),he.setUint32(fe+4,n),fe+=8}}function _e(e,t){const r=Number(t)
r<4294967296?Ie(e,r):(pe[fe++]=e<<5|v,he.setBigUint64(fe,t),fe+=8)}function xe(e){const t=e.length
if(t<=23){const r=ye.get(e)
if(r)return Te(r.bytes.length),pe.set(r.bytes,fe),fe+=r.bytes.length,void(r.epoch=Se)
const n=fe
Re(e,t)
const i=fe,s=Uint8Array.prototype.slice.call(pe,n,i)
if(ye.size>=me){if(we)return
let e=0
for(const[t,r]of ye){if(e>=1024)break
r.epoch!==Se&&(ye.delete(t),++e)}if(0===e)return void(we=!0)}return void(ye.size<me&&ye.set(e,{epoch:Se,bytes:s}))}Re(e,t)}function Re(e,t){if(de){Te(3*t+9)
Ie(3,Buffer.byteLength(e)),fe+=pe.write(e,fe)}else{Te(3*t+9)
const r=fe,n=le.encodeInto(e,pe.subarray(r+9)).written
let i
i=n<24?1:n<256?2:n<65536?3:n<4294967296?5:9,i<9&&pe.copyWithin(r+i,r+9,r+9+n),fe=r,Ie(3,n),fe+=n}}function ke(e){Te(9),pe[fe++]=251,he.setFloat64(fe,e),fe+=8}function Pe(e){Te(9)
const t=e>=0
Ie(t?0:1,t?e:-e-1)}function Oe(e){const t=e>=0,r=t?0:1,n=t?e:-e-BigInt(1)
if(n<BigInt("18446744073709551616"))Te(9),_e(r,n)
else{const e=n.toString(2),r=Math.ceil(e.length/8),i=new Uint8Array(r)
let s=n
for(let e=r-1;e>=0;--e)i[e]=Number(s&BigInt(255)),s>>=BigInt(8)
Te(r+16),pe[fe++]=t?194:195,Ie(2,r),pe.set(i,fe),fe+=r}}function Ne(e){Te(e.length+9),Ie(2,e.length),pe.set(e,fe),fe+=e.length}function De(e,t){Te(9),"bigint"==typeof e?_e(6,e):Ie(6,e),Ce(t)}function Me(e){let t=e.string,r=BigInt(0)
const n=t.search(/[eE]/);-1!==n&&(r=BigInt(t.slice(n+1)),t=t.slice(0,n))
const i=t.indexOf("."),s=-1===i?0:t.length-i-1,o=r-BigInt(s),a=BigInt(t.replace(".",""))
Te(9),pe[fe++]=196,Ie(4,2),Te(9),o>=-0x20000000000000n&&o<=0x1fffffffffffffn?Pe(Number(o)):Oe(o),Oe(a)}function Fe(e){Te(18),Ie(6,1)
const t=e.getTime()/1e3
Number.isInteger(t)?Pe(t):ke(t)}class Le extends g{read(e,t){return Be=t,ze=$e&&t instanceof Buffer,He=new DataView(t.buffer,t.byteOffset,t.byteLength),Ve=0,qe=t.length,Ke=Ke+1&65535,Qe(h.of(e))}readValue(e,t){return it(h.of(e),t)}}const $e="undefined"!=typeof Buffer,Ue=new TextDecoder
let Be=new Uint8Array(0),ze=!1,He=new DataView(new ArrayBuffer(0)),Ve=0,qe=0
const je=2048,We=new Array(je),Ge=new Uint16Array(je)
let Ke=0
function Qe(e){if(Ve>=qe)throw new Error("unexpected end of CBOR payload.")
const t=(224&Be[Ve])>>5
if((31&Be[Ve])===b&&t>=2&&t<=5)return function(e,t){switch(t){case 3:return function(){Ve+=1
const e=[]
let t=0
for(;Ve<qe;){if(255===Be[Ve]){Ve+=1
const r=new Uint8Array(t)
let n=0
for(let t=0;t<e.length;++t)r.set(e[t],n),n+=e[t].length
return $e?Buffer.from(r.buffer,r.byteOffset,r.byteLength).toString("utf-8"):Ue.decode(r)}const r=et()
e.push(r),t+=r.length}throw new Error("expected break marker.")}()
case 2:return function(){Ve+=1
const e=[]
let t=0
for(;Ve<qe;){if(255===Be[Ve]){Ve+=1
const r=new Uint8Array(t)
let n=0
for(let t=0;t<e.length;++t)r.set(e[t],n),n+=e[t].length
return r}const r=et()
e.push(r),t+=r.length}throw new Error("expected break marker.")}()
case 4:return function(e){Ve+=1
const t=e.isListSchema()?e.getValueSchema():e,r=[]
for(;Ve<qe;){if(255===Be[Ve])return Ve+=1,r
r.push(Qe(t))}throw new Error("expected break marker.")}(e)
case 5:return function(e){if(Ve+=1,e.isStructSchema()){const t=ce(e),{memberSchemas:r,encodedKeys:n,memberNames:i}=t,s=n.length,o=e.isUnionSchema(),a={}
let c,d,l=0,g=0
for(;Ve<qe;){if(255===Be[Ve]){if(Ve+=1,o){let e=!0
for(const t in a)if(u(a,t)){e=!1
break}e&&1===l&&(a.$unknown=[c,d])}return a}const e=Ye(n,s,g)
if(e>=0){g=e+1,g>=s&&(g=0)
const t=Qe(r[e])
null!=t&&(a[i[e]]=t)}else{const e=tt(),t=Qe(h.of(15))
"__type"!==e&&(c=e,d=t,++l)}}throw new Error("expected break marker.")}const t=e.isMapSchema()?e.getValueSchema():e,r={}
for(;Ve<qe;){if(255===Be[Ve])return Ve+=1,r
r[tt()]=Qe(t)}throw new Error("expected break marker.")}(e)
default:throw new Error(`unexpected indefinite length for major ${t}.`)}}(e,t)
switch(t){case 0:return rt(Je())
case 1:return function(){const e=Je()
if("bigint"==typeof e)return BigInt(-1)-e
return-1-e}()
case 2:return et()
case 3:return tt()
case 4:return function(e){const t=Ze(),r=e.isListSchema()?e.getValueSchema():e,n=Array(t)
for(let e=0;e<t;++e)n[e]=Qe(r)
return n}(e)
case 5:return function(e){const t=Ze()
if(e.isStructSchema()){return function(e,t,r){const n=e.isUnionSchema(),i=ce(e),{memberSchemas:s,encodedKeys:o,memberNames:a}=i,c=o.length,d={}
let l,g,p=0,f=!1,m=0
for(let e=0;e<t;++e){const e=Ye(o,c,m)
if(e>=0){m=e+1,m>=c&&(m=0)
const t=Qe(s[e])
null!=t&&(d[a[e]]=t)}else{const e=tt(),t=Qe(h.of(15))
"__type"===e&&"string"==typeof t?f=!0:(l=e,g=t,++p)}}if(n){let e=!0
for(const t in d)if(u(d,t)){e=!1
break}e&&1===p&&(d.$unknown=[l,g])}else if(f){Ve=r
const e=h.of(15)
for(let r=0;r<t;++r){const t=tt(),r=Qe(e)
t in d||(d[t]=r)}}return d}(e,t,Ve)}const r=e.isMapSchema()?e.getValueSchema():e,n={}
for(let e=0;e<t;++e){n[tt()]=Qe(r)}return n}(e)
case 6:return function(){const e=Je(),t="bigint"==typeof e?Number(e):e
if(1===t){const e=Qe(h.of(15))
return c(e)}if(2===t||3===t){const e=et()
let r=BigInt(0)
for(let t=0;t<e.length;++t)r=r<<BigInt(8)|BigInt(e[t])
return 3===t?-r-BigInt(1):r}if(4===t){const e=Qe(h.of(15)),[t,r]=e,i=BigInt(r<0?-1:1)*BigInt(r),s=String(i),o=r<0?"-":""
let a
if("number"==typeof t&&Math.abs(t)<=2**28){const e=t,r="0".repeat(Math.abs(e)+1)+s
a=0===e?r:r.slice(0,r.length+e)+"."+r.slice(e),a=a.replace(/^0+/g,""),""===a&&(a="0"),"."===a[0]&&(a="0"+a),a=o+a}else{const e=BigInt(t)
if(1===s.length)a=o+s+"e"+String(e)
else{const t=e+BigInt(s.length-1)
a=o+s[0]+"."+s.slice(1)+"e"+String(t)}}return n(a)}const r=Qe(h.of(15))
return{tag:rt(e),value:r}}()
case 7:return function(){const e=Ve,t=31&Be[e]
switch(t){case y:return Ve=e+1,!0
case m:return Ve=e+1,!1
case S:case 23:return Ve=e+1,null
case w:return qe-e<3&&nt(2),Ve=e+3,function(e,t){const r=(124&e)>>2,n=(3&e)<<8|t,i=e>>7?-1:1
if(0===r)return 0===n?0:i*(Math.pow(2,-14)*(n/1024))
if(31===r)return 0===n?i*(1/0):NaN
return i*(Math.pow(2,r-15)*(1+n/1024))}(Be[e+1],Be[e+2])
case E:return qe-e<5&&nt(4),Ve=e+5,He.getFloat32(e+1)
case v:return qe-e<9&&nt(8),Ve=e+9,He.getFloat64(e+1)
default:throw new Error(`unexpected minor value ${t} for major 7.`)}}()
default:throw new Error(`unexpected CBOR major type ${t}.`)}}function Ye(e,t,r){const n=e[r]
if(Ve+n.length<=qe&&Xe(Ve,n))return Ve+=n.length,r
for(let n=0;n<t;++n){if(n===r)continue
const t=e[n]
if(Ve+t.length<=qe&&Xe(Ve,t))return Ve+=t.length,n}return-1}function Xe(e,t){const r=t.length
if(Be[e]!==t[0])return!1
for(let n=1;n<r;++n)if(Be[e+n]!==t[n])return!1
return!0}function Je(){const e=31&Be[Ve]
if(e<24)return Ve+=1,e
switch(e){case 24:return qe-Ve<2&&nt(1),Ve+=2,Be[Ve-1]
case w:return qe-Ve<3&&nt(2),Ve+=3,He.getUint16(Ve-2)
case E:return qe-Ve<5&&nt(4),Ve+=5,He.getUint32(Ve-4)
case v:{qe-Ve<9&&nt(8),Ve+=9
const e=He.getUint32(Ve-8)
return e<2097152?4294967296*e+He.getUint32(Ve-4):He.getBigUint64(Ve-8)}default:throw new Error(`unexpected minor value ${e}.`)}}function Ze(){const e=Je()
return"bigint"==typeof e?Number(e):e}function et(){const e=Ze()
qe-Ve<e&&nt(e)
const t=Ve
return Ve+=e,Be.subarray(t,t+e)}function tt(){const e=Ze()
qe-Ve<e&&nt(e)
const t=Ve
return Ve+=e,e<24?function(e,t){let r=t
for(let n=0;n<t;++n)r=31*r+Be[e+n]|0
const n=r>>>0&je-1,i=We[n]
if(void 0!==i&&i.length===t){let r=!0
for(let n=0;n<t;++n)if(i.charCodeAt(n)!==Be[e+n]){r=!1
break}if(r)return Ge[n]=Ke,i}const s=ze?Be.toString("utf-8",e,e+t):Ue.decode(Be.subarray(e,e+t))
Ge[n]!==Ke&&(We[n]=s,Ge[n]=Ke)
return s}(t,e):ze?Be.toString("utf-8",t,t+e):Ue.decode(Be.subarray(t,t+e))}function rt(e){if("number"==typeof e)return e
const t=Number(e)
return Number.MIN_SAFE_INTEGER<=t&&t<=Number.MAX_SAFE_INTEGER?t:e}function nt(e){throw new Error(`CBOR: length ${e} greater than remaining buffer length.`)}function it(e,t){if(e.isTimestampSchema()){if("number"==typeof t)return c(t)
if("object"==typeof t&&null!==t&&1===t.tag&&"value"in t)return c(t.value)}if(e.isBlobSchema())return t
if(void 0===t||"boolean"==typeof t||"number"==typeof t||"string"==typeof t||"bigint"==typeof t||"symbol"==typeof t)return t
if("object"!=typeof t||null===t)return t
if("byteLength"in t)return t
if(t instanceof Date)return t
if(t instanceof i)return t
if(e.isDocumentSchema())return t
if(e.isListSchema()){const r=e.getValueSchema(),n=[]
for(const e of t)n.push(it(r,e))
return n}const r={}
if(e.isMapSchema()){const n=e.getValueSchema()
for(const e in t)u(t,e)&&(r[e]=it(n,t[e]))}else if(e.isStructSchema()){const n=e.isUnionSchema()
let i
if(n){i=new Set
for(const e in t)u(t,e)&&"__type"!==e&&i.add(e)}for(const[s,o]of e.structIterator())n&&i.delete(s),null!=t[s]&&(r[s]=it(o,t[s]))
if(n&&1===i?.size){let e=!0
for(const t in r)if(u(r,t)){e=!1
break}if(e){const e=i.values().next().value
r.$unknown=[e,t[e]]}}else if("string"==typeof t.__type)for(const e in t)u(t,e)&&(e in r||(r[e]=t[e]))}return r}class st extends g{createSerializer(){const e=new oe
return e.setSerdeContext(this.serdeContext),e}createDeserializer(){const e=new Le
return e.setSerdeContext(this.serdeContext),e}}t.CborCodec=st,t.CborShapeDeserializer=class extends g{read(e,t){const r=re.deserialize(t)
return this.readValue(e,r)}readValue(e,t){const r=h.of(e)
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
const i=this.readValue(n,t[r])
e[r]=i}}else if(r.isStructSchema()){const n=r.isUnionSchema()
let i
if(n){i=new Set
for(const e in t)u(t,e)&&"__type"!==e&&i.add(e)}for(const[s,o]of r.structIterator())n&&i.delete(s),null!=t[s]&&(e[s]=this.readValue(o,t[s]))
if(n&&1===i?.size){let r=!0
for(const t in e)if(u(e,t)){r=!1
break}if(r){const r=i.values().next().value
e.$unknown=[r,t[r]]}}else if("string"==typeof t.__type)for(const r in t)u(t,r)&&(r in e||(e[r]=t[r]))}else if(t instanceof i)return t
return e}return t}},t.CborShapeDeserializer2=Le,t.CborShapeSerializer=class extends g{value
write(e,t){this.value=this.serialize(e,t)}serialize(e,t){const r=h.of(e)
if(null==t)return r.isIdempotencyToken()?o():t
if(r.isBlobSchema())return"string"==typeof t?(this.serdeContext?.base64Decoder??a)(t):t
if(r.isTimestampSchema())return ie("number"==typeof t||"bigint"==typeof t?new Date(Number(t)/1e3|0):t)
if("function"==typeof t||"object"==typeof t){const e=t
if(r.isListSchema()&&Array.isArray(e)){const t=!!r.getMergedTraits().sparse,n=[]
let i=0
for(const s of e){const e=this.serialize(r.getValueSchema(),s);(null!=e||t)&&(n[i++]=e)}return n}if(e instanceof Date)return ie(e)
const n={}
if(r.isMapSchema()){const t=!!r.getMergedTraits().sparse
for(const i in e){if(!u(e,i))continue
const s=this.serialize(r.getValueSchema(),e[i]);(null!=s||t)&&(n[i]=s)}}else if(r.isStructSchema()){for(const[t,i]of r.structIterator()){const r=this.serialize(i,e[t])
null!=r&&(n[t]=r)}if(r.isUnionSchema()&&Array.isArray(e.$unknown)){const[t,r]=e.$unknown
n[t]=r}else if("string"==typeof e.__type)for(const t in e)u(e,t)&&(t in n||(n[t]=this.serialize(15,e[t])))}else if(r.isDocumentSchema()){if(Array.isArray(e)){const t=[]
let n=0
for(const i of e)t[n++]=this.serialize(r.getValueSchema(),i)
return t}for(const t in e)u(e,t)&&(n[t]=this.serialize(r.getValueSchema(),e[t]))}else if(r.isBigDecimalSchema())return e
return n}return t}flush(){const e=re.serialize(this.value)
return this.value=void 0,e}},t.CborShapeSerializer2=oe,t.SmithyRpcV2CborProtocol=class extends p{codec=new st
serializer=this.codec.createSerializer()
deserializer=this.codec.createDeserializer()
getShapeId(){return"smithy.protocols#rpcv2Cbor"}getPayloadCodec(){return this.codec}getSmithyProtocolHeaderValue(){return"rpc-v2-cbor"}applyEmptyBody(e){e.body||(this.serializer.write(15,{}),e.body=this.serializer.flush()),e.body instanceof Uint8Array&&(e.headers["content-length"]=String(e.body.byteLength))}async handleError(e,t,r,n,i){const s=se(0,n)??"Unknown",o=["*"],{defaultNamespace:a}=this.options
o.unshift(a)
const[c,u]=s.includes("#")?s.split("#"):[void 0,s]
c&&o.unshift(c)
const d={$metadata:i,$fault:r.statusCode<500?"client":"server"},l=[this.compositeErrorRegistry]
c&&l.push(f.for(c)),l.push(f.for(a))
const[g,p,m]=this.resolveError(u,o,l)
if("native"===m||"synthetic"===m){n.Message&&(n.message=n.Message)
const e="synthetic"===m?new p({name:u}):new Error(u)
throw Object.assign(e,d,n)}const y=h.of(g),S=n.message??n.Message??"Unknown",w=new p({}),E={}
for(const[e,t]of y.structIterator())E[e]=this.deserializer.readValue(t,n[e])
throw Object.assign(w,d,{$fault:y.getMergedTraits().error,message:S},E)}getDefaultContentType(){return"application/cbor"}},t.buildHttpRpcRequest=async(e,t,r,n,i)=>{const o=await e.endpoint(),{hostname:a,protocol:c="https",port:l,path:g}=o,p={protocol:c,hostname:a,port:l,method:"POST",path:g.endsWith("/")?g.slice(0,-1)+r:g+r,headers:{...t}}
if(void 0!==n&&(p.hostname=n),o.headers)for(const e in o.headers)u(o.headers,e)&&(p.headers[e]=o.headers[e])
if(void 0!==i){p.body=i
try{p.headers["content-length"]=String(s(i))}catch(e){}}return new d(p)},t.cbor=re,t.checkCborResponse=e=>{if("rpc-v2-cbor"!==String(e.headers["smithy-protocol"]).toLowerCase())throw new Error("Malformed RPCv2 CBOR response, status: "+e.statusCode)},t.dateToTag=ie,t.loadSmithyRpcV2CborErrorCode=se,t.parseCborBody=ne,t.parseCborErrorBody=async(e,t)=>{const r=await ne(e,t)
return r.message=r.message??r.Message,r},t.tag=T,t.tagSymbol=C},3609:(e,t,r)=>{const{Readable:n}=r(7075),{NoOpLogger:i,normalizeProvider:s}=r(2658),{HttpResponse:o,HttpRequest:a}=r(3422),{parseRfc7231DateTime:c,v4:u}=r(2430),{SMITHY_CONTEXT_KEY:d}=r(690),{hasOwn:l}=r(4534),g=e=>e?.body instanceof n||"undefined"!=typeof ReadableStream&&e?.body instanceof ReadableStream,p=["AccessDeniedException","AuthFailure","InvalidSignatureException","RequestExpired","RequestInTheFuture","RequestTimeTooSkewed","SignatureDoesNotMatch"],h=["BandwidthLimitExceeded","EC2ThrottledException","LimitExceededException","PriorRequestNotComplete","ProvisionedThroughputExceededException","RequestLimitExceeded","RequestThrottled","RequestThrottledException","SlowDown","ThrottledException","Throttling","ThrottlingException","TooManyRequestsException","TransactionInProgressException"],f=["TimeoutError","RequestTimeout","RequestTimeoutException"],m=[500,502,503,504],y=["ECONNRESET","ECONNREFUSED","EPIPE","ETIMEDOUT"],S=["EHOSTUNREACH","ENETUNREACH","ENOTFOUND","EAI_AGAIN"],w=e=>void 0!==e?.$retryable,E=e=>p.includes(e.name),v=e=>e.$metadata?.clockSkewCorrected,b=e=>{const t=new Set(["Failed to fetch","NetworkError when attempting to fetch resource","The Internet connection appears to be offline","Load failed","Network request failed"])
return!!(e&&e instanceof TypeError)&&t.has(e.message)},A=e=>429===e.$metadata?.httpStatusCode||h.includes(e.name)||1==e.$retryable?.throttling,C=(e,t=0)=>"AbortError"!==e?.name&&(w(e)||v(e)||"InvalidSignatureException"===e.name&&e.message?.includes("Signature expired")||f.includes(e.name)||y.includes(e?.code||"")||S.includes(e?.code||"")||m.includes(e.$metadata?.httpStatusCode||0)||b(e)||I(e)||void 0!==e.cause&&t<=10&&C(e.cause,t+1)),T=e=>{if(void 0!==e.$metadata?.httpStatusCode){const t=e.$metadata.httpStatusCode
return 500<=t&&t<=599&&!C(e)}return!1}
function I(e){return"ERR_HTTP2_STREAM_ERROR"===e.code&&e.message.includes("NGHTTP2_REFUSED_STREAM")}const _=(e,t)=>{if(!t)return e
let r=()=>{}
const n=new Promise((e,n)=>{const i=()=>n(x(t))
t.aborted?i():"function"==typeof t.addEventListener?(t.addEventListener("abort",i,{once:!0}),r=()=>t.removeEventListener("abort",i)):t.onabort=i})
return Promise.race([e,n]).finally(r)},x=e=>{const t=e.reason
return t instanceof Error?Object.assign(new Error("Request aborted"),{name:"AbortError",cause:t}):Object.assign(new Error(t?String(t):"Request aborted"),{name:"AbortError"})},R=e=>"object"==typeof e&&null!==e&&"name"in e&&"AbortError"===e.name,k=2e4,P=500,O="amz-sdk-invocation-id",N="amz-sdk-request"
function D(e,t){if(o.isInstance(e))for(const r in e.headers){if(!l(e.headers,r))continue
const n=r.toLowerCase()
if("retry-after"===n){const n=e.headers[r]
let i=NaN
if(n.endsWith("GMT"))try{i=(c(n).getTime()-Date.now())/1e3}catch(e){t?.trace?.("Failed to parse retry-after header"),t?.trace?.(e)}else n.match(/ GMT, ((\d+)|(\d+\.\d+))$/)?i=Number(n.match(/ GMT, ([\d.]+)$/)?.[1]):n.match(/^((\d+)|(\d+\.\d+))$/)?i=Number(n):Date.parse(n)>=Date.now()&&(i=(Date.parse(n)-Date.now())/1e3)
if(isNaN(i))return
return new Date(Date.now()+1e3*i)}if("x-amz-retry-after"===n){const n=e.headers[r],i=Number(n)
return isNaN(i)?void t?.trace?.(`Failed to parse x-amz-retry-after=${n}`):new Date(Date.now()+i)}}}const M=e=>e instanceof Error?e:e instanceof Object?Object.assign(new Error,e):"string"==typeof e?new Error(e):new Error(`AWS SDK error wrapper for ${e}`)
function F(e){return t=>(r,n)=>async s=>{let o=await t.retryStrategy()
const c=await t.maxAttempts(),l=n[d]?.abortSignal
if(!L(o))return o?.mode&&(n.userAgent=[...n.userAgent||[],["cfg/retry-mode",o.mode]]),o.retry(r,s)
{const d=(n.partition_id??"")+(n.__retryLongPoll?":longpoll":"")
let g=await _(o.acquireInitialRetryToken(d),l),p=new Error,h=0,f=0
const{request:m}=s,y=a.isInstance(m)
for(y&&(m.headers[O]=u());;)try{y&&(m.headers[N]=`attempt=${h+1}; max=${c}`)
const{response:e,output:t}=await r(s)
return o.recordSuccess(g),t.$metadata.attempts=h+1,t.$metadata.totalRetryDelay=f,{response:e,output:t}}catch(r){const s=$(r,t.logger)
if(p=M(r),y&&e(m))throw(n.logger instanceof i?console:n.logger)?.warn("An error was encountered in a non-retryable streaming request."),p
try{if(l?.aborted)throw p
g=await _(o.refreshRetryTokenForRetry(g,s),l)}catch(e){if(e!==p&&l?.aborted&&R(e))throw e
throw p.$metadata||(p.$metadata={}),p.$metadata.attempts=h+1,p.$metadata.totalRetryDelay=f,p}h=g.getRetryCount()
const a=g.getRetryDelay()
f+=(g?.$retryLog?.acquisitionDelay??0)+a,a>0&&await _(new Promise(e=>setTimeout(e,a)),l)}}}}const L=e=>void 0!==e.acquireInitialRetryToken&&void 0!==e.refreshRetryTokenForRetry&&void 0!==e.recordSuccess,$=(e,t)=>{const r={error:e,errorType:U(e)},n=D(e.$response,t)
return n&&(r.retryAfterHint=n),r},U=e=>A(e)?"THROTTLING":C(e)?"TRANSIENT":T(e)?"SERVER_ERROR":"CLIENT_ERROR",B={name:"retryMiddleware",tags:["RETRY"],step:"finalizeRequest",priority:"high",override:!0}
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
if("THROTTLING"===r?.errorType||A(r?.error??e)){const e=this.enabled?Math.min(this.measuredTxRate,this.fillRate):this.measuredTxRate
this.lastMaxRate=e,this.calculateTimeWindow(),this.lastThrottleTime=this.getCurrentTimeInSeconds(),t=this.cubicThrottle(e),this.enableTokenBucket()}else this.calculateTimeWindow(),t=this.cubicSuccess(this.getCurrentTimeInSeconds())
const n=Math.min(t,2*this.measuredTxRate)
this.updateTokenBucketRate(n)}getCurrentTimeInSeconds(){return Date.now()/1e3}async acquireTokenBucket(e){if(this.enabled){for(this.refillTokenBucket();e>this.availableTokens;){const t=(e-this.availableTokens)/this.fillRate*1e3
await new Promise(e=>z.setTimeoutFn(e,t)),this.refillTokenBucket()}this.availableTokens=this.availableTokens-e}}refillTokenBucket(){const e=this.getCurrentTimeInSeconds()
if(!this.lastTimestamp)return void(this.lastTimestamp=e)
const t=(e-this.lastTimestamp)*this.fillRate
this.availableTokens=Math.min(this.maxCapacity,this.availableTokens+t),this.lastTimestamp=e}calculateTimeWindow(){this.timeWindow=this.getPrecise(Math.pow(this.lastMaxRate*(1-this.beta)/this.scaleConstant,1/3))}cubicThrottle(e){return this.getPrecise(e*this.beta)}cubicSuccess(e){return this.getPrecise(this.scaleConstant*Math.pow(e-this.lastThrottleTime-this.timeWindow,3)+this.lastMaxRate)}enableTokenBucket(){this.enabled=!0}updateTokenBucketRate(e){this.refillTokenBucket(),this.fillRate=Math.max(e,this.minFillRate),this.maxCapacity=Math.max(e,this.minCapacity),this.availableTokens=Math.min(this.availableTokens,this.maxCapacity)}updateMeasuredRate(){const e=this.getCurrentTimeInSeconds(),t=Math.floor(2*e)/2
if(this.requestCount++,t>this.lastTxRateBucket){const e=this.requestCount/(t-this.lastTxRateBucket)
this.measuredTxRate=this.getPrecise(e*this.smooth+this.measuredTxRate*(1-this.smooth)),this.requestCount=0,this.lastTxRateBucket=t}}getPrecise(e){return parseFloat(e.toFixed(8))}}class H{static v2026=!0
static delay(){return 50}static throttlingDelay(){return 1e3}static cost(){return 14}static throttlingCost(){return 5}static modifiedCostType(){return"THROTTLING"}}class V{x=H.delay()
computeNextBackoffDelay(e){const t=Math.random()*Math.min(this.x*2**e,k)
return Math.floor(t)}setDelayBase(e){this.x=e}}class q{delay
count
cost
longPoll
$retryLog={acquisitionDelay:0}
constructor(e,t,r,n){this.delay=e,this.count=t,this.cost=r,this.longPoll=n}getRetryCount(){return this.count}getRetryDelay(){return Math.min(k,this.delay)}getRetryCost(){return this.cost}isLongPoll(){return this.longPoll}}var j
!function(e){e.STANDARD="standard",e.ADAPTIVE="adaptive"}(j||(j={}))
const W=3,G=j.STANDARD,K=1,Q=2,Y=3
let X=class{mode=j.STANDARD
retryBackoffStrategy
capacity=P
maxAttemptsProvider
baseDelay
constructor(e){"number"==typeof e?this.maxAttemptsProvider=async()=>e:"function"==typeof e?this.maxAttemptsProvider=e:e&&"object"==typeof e&&(this.maxAttemptsProvider=async()=>e.maxAttempts,this.baseDelay=e.baseDelay,this.retryBackoffStrategy=e.backoff),this.maxAttemptsProvider??=async()=>W,this.baseDelay??=H.delay(),this.retryBackoffStrategy??=new V}async acquireInitialRetryToken(e){return new q(H.delay(),0,void 0,e.includes(":longpoll"))}async refreshRetryTokenForRetry(e,t){const r=await this.getMaxAttempts(),n=this.retryCode(e,t,r),i=0===n,s=e.isLongPoll?.()
if(i||s){const r=t.errorType
this.retryBackoffStrategy.setDelayBase("THROTTLING"===r?H.throttlingDelay():this.baseDelay)
const o=this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount())
let a=o
if(t.retryAfterHint instanceof Date&&(a=Math.max(o,Math.min(t.retryAfterHint.getTime()-Date.now(),o+5e3))),i){const t=this.getCapacityCost(r)
this.capacity-=t
const n=new q(0,e.getRetryCount()+1,t,e.isLongPoll?.()??!1)
return await new Promise(e=>setTimeout(e,a)),n.$retryLog.acquisitionDelay=a,n}{const e=n===Y&&s?a:0
e>0&&await new Promise(t=>setTimeout(t,e))}}throw new Error("No retry token available")}recordSuccess(e){this.capacity=Math.min(P,this.capacity+(e.getRetryCost()??1))}getCapacity(){return this.capacity}async maxAttempts(){return this.maxAttemptsProvider()}async getMaxAttempts(){try{return await this.maxAttemptsProvider()}catch(e){return console.warn(`Max attempts provider could not resolve. Using default of ${W}`),W}}retryCode(e,t,r){const n=e.getRetryCount()+1,i=this.isRetryableError(t.errorType)?0:K,s=n<r?0:Q,o=this.capacity>=this.getCapacityCost(t.errorType)?0:Y
return i||s||o}getCapacityCost(e){return e===H.modifiedCostType()?H.throttlingCost():H.cost()}isRetryableError(e){return"THROTTLING"===e||"TRANSIENT"===e}},J=class{mode=j.ADAPTIVE
rateLimiter
standardRetryStrategy
constructor(e,t){const{rateLimiter:r}=t??{}
this.rateLimiter=r??new z,this.standardRetryStrategy=new X(t?{maxAttempts:"number"==typeof e?e:3,...t}:e)}async acquireInitialRetryToken(e){const t=await this.standardRetryStrategy.acquireInitialRetryToken(e)
return await this.rateLimiter.getSendToken(),t}async refreshRetryTokenForRetry(e,t){this.rateLimiter.updateClientSendingRate(t)
const r=await this.standardRetryStrategy.refreshRetryTokenForRetry(e,t)
return await this.rateLimiter.getSendToken(),r}recordSuccess(e){this.rateLimiter.updateClientSendingRate({}),this.standardRetryStrategy.recordSuccess(e)}async maxAttemptsProvider(){return this.standardRetryStrategy.maxAttempts()}}
const Z=(e,t)=>Math.floor(Math.min(k,Math.random()*2**t*e)),ee=e=>!!e&&(w(e)||E(e)||A(e)||C(e))
class te{maxAttemptsProvider
retryDecider
delayDecider
retryQuota
mode=j.STANDARD
constructor(e,t){this.maxAttemptsProvider=e,this.retryDecider=t?.retryDecider??ee,this.delayDecider=t?.delayDecider??Z,this.retryQuota=t?.retryQuota??(e=>{const t=e
let r=e
const n=e=>"TimeoutError"===e.name?10:5,i=e=>n(e)<=r
return Object.freeze({hasRetryTokens:i,retrieveRetryTokens:e=>{if(!i(e))throw new Error("No retry token available")
const t=n(e)
return r-=t,t},releaseRetryTokens:e=>{r+=e??1,r=Math.min(r,t)}})})(P)}shouldRetry(e,t,r){return t<r&&this.retryDecider(e)&&this.retryQuota.hasRetryTokens(e)}async getMaxAttempts(){let e
try{e=await this.maxAttemptsProvider()}catch(t){e=W}return e}async retry(e,t,r){let n,i=0,s=0
const o=await this.getMaxAttempts(),{request:c}=t
for(a.isInstance(c)&&(c.headers[O]=u());;)try{a.isInstance(c)&&(c.headers[N]=`attempt=${i+1}; max=${o}`),r?.beforeRequest&&await r.beforeRequest()
const{response:u,output:d}=await e(t)
return r?.afterRequest&&r.afterRequest(u),this.retryQuota.releaseRetryTokens(n),d.$metadata.attempts=i+1,d.$metadata.totalRetryDelay=s,{response:u,output:d}}catch(e){const t=M(e)
if(i++,this.shouldRetry(t,i,o)){n=this.retryQuota.retrieveRetryTokens(t)
const e=this.delayDecider(A(t)?500:100,i),r=re(t.$response),o=Math.max(r||0,e)
s+=o,await new Promise(e=>setTimeout(e,o))
continue}throw t.$metadata||(t.$metadata={}),t.$metadata.attempts=i,t.$metadata.totalRetryDelay=s,t}}}const re=e=>{if(!o.isInstance(e))return
const t=Object.keys(e.headers).find(e=>"retry-after"===e.toLowerCase())
if(!t)return
const r=e.headers[t],n=Number(r)
if(!Number.isNaN(n))return Math.min(1e3*n,2e4)
const i=new Date(r)
return Math.min(i.getTime()-Date.now(),2e4)}
const ne="AWS_MAX_ATTEMPTS",ie="max_attempts",se={environmentVariableSelector:e=>{const t=e[ne]
if(!t)return
const r=parseInt(t)
if(Number.isNaN(r))throw new Error(`Environment variable ${ne} mast be a number, got "${t}"`)
return r},configFileSelector:e=>{const t=e[ie]
if(!t)return
const r=parseInt(t)
if(Number.isNaN(r))throw new Error(`Shared config file entry ${ie} mast be a number, got "${t}"`)
return r},default:W},oe="AWS_RETRY_MODE",ae="retry_mode",ce={environmentVariableSelector:e=>e[oe],configFileSelector:e=>e[ae],default:G},ue=()=>e=>async t=>{const{request:r}=t
return a.isInstance(r)&&(delete r.headers[O],delete r.headers[N]),e(t)},de={name:"omitRetryHeadersMiddleware",tags:["RETRY","HEADERS","OMIT_RETRY_HEADERS"],relation:"before",toMiddleware:"awsAuthMiddleware",override:!0},le=F(g),ge=function(e){const t=F(e)
return e=>({applyToStack:r=>{r.add(t(e),B)}})}(g)
t.AdaptiveRetryStrategy=J,t.CONFIG_MAX_ATTEMPTS=ie,t.CONFIG_RETRY_MODE=ae,t.ConfiguredRetryStrategy=class extends X{computeNextBackoffDelay
constructor(e,t=H.delay()){super("function"==typeof e?e:async()=>e),this.computeNextBackoffDelay="number"==typeof t?()=>t:t,this.retryBackoffStrategy.computeNextBackoffDelay=e=>{const t=e+1
return this.computeNextBackoffDelay(t)}}},t.DEFAULT_MAX_ATTEMPTS=W,t.DEFAULT_RETRY_DELAY_BASE=100,t.DEFAULT_RETRY_MODE=G,t.DefaultRateLimiter=z,t.DeprecatedAdaptiveRetryStrategy=class extends te{rateLimiter
constructor(e,t){const{rateLimiter:r,...n}=t??{}
super(e,n),this.rateLimiter=r??new z,this.mode=j.ADAPTIVE}async retry(e,t){return super.retry(e,t,{beforeRequest:async()=>this.rateLimiter.getSendToken(),afterRequest:e=>{this.rateLimiter.updateClientSendingRate(e)}})}},t.DeprecatedStandardRetryStrategy=te,t.ENV_MAX_ATTEMPTS=ne,t.ENV_RETRY_MODE=oe,t.INITIAL_RETRY_TOKENS=P,t.INVOCATION_ID_HEADER=O,t.MAXIMUM_RETRY_DELAY=k,t.NODE_MAX_ATTEMPT_CONFIG_OPTIONS=se,t.NODE_RETRY_MODE_CONFIG_OPTIONS=ce,t.NO_RETRY_INCREMENT=1,t.REQUEST_HEADER=N,t.RETRY_COST=5,t.RETRY_MODES=j,t.Retry=H,t.StandardRetryStrategy=X,t.THROTTLING_RETRY_DELAY_BASE=500,t.TIMEOUT_RETRY_COST=10,t.defaultDelayDecider=Z,t.defaultRetryDecider=ee,t.getOmitRetryHeadersPlugin=e=>({applyToStack:e=>{e.addRelativeTo(ue(),de)}}),t.getRetryAfterHint=function(e,t){return D(e,t)},t.getRetryPlugin=ge,t.isBrowserNetworkError=b,t.isClockSkewCorrectedError=v,t.isClockSkewError=E,t.isNodeJsHttp2TransientError=I,t.isRetryableByTrait=w,t.isServerError=T,t.isThrottlingError=A,t.isTransientError=C,t.omitRetryHeadersMiddleware=ue,t.omitRetryHeadersMiddlewareOptions=de,t.resolveRetryConfig=(e,t)=>{const{retryStrategy:r,retryMode:n}=e,{defaultMaxAttempts:i=W,defaultBaseDelay:o=H.delay()}=t??{},a=s(e.maxAttempts??i)
let c=r?Promise.resolve(r):void 0
return Object.assign(e,{maxAttempts:a,retryStrategy:()=>c??=(async()=>{const e=await a()
return await s(n)()===j.ADAPTIVE?new J(a,{maxAttempts:e,baseDelay:o}):new X({maxAttempts:e,baseDelay:o})})()})},t.retryMiddleware=le,t.retryMiddlewareOptions=B},566:(e,t,r)=>{const{ProviderError:n,CredentialsProviderError:i,loadConfig:s}=r(7291),o=r(7067),{parseUrl:a}=r(3422),c=e=>Boolean(e)&&"object"==typeof e&&"string"==typeof e.AccessKeyId&&"string"==typeof e.SecretAccessKey&&"string"==typeof e.Token&&"string"==typeof e.Expiration,u=e=>({accessKeyId:e.AccessKeyId,secretAccessKey:e.SecretAccessKey,sessionToken:e.Token,expiration:new Date(e.Expiration),...e.AccountId&&{accountId:e.AccountId}}),d=({maxRetries:e=0,timeout:t=1e3})=>({maxRetries:e,timeout:t})
function l(e){return new Promise((t,r)=>{const i=o.request({method:"GET",...e,hostname:e.hostname?.replace(/^\[(.+)\]$/,"$1")})
i.on("error",e=>{r(Object.assign(new n("Unable to connect to instance metadata service"),e)),i.destroy()}),i.on("timeout",()=>{r(new n("TimeoutError from instance metadata service")),i.destroy()}),i.on("response",e=>{const{statusCode:s=400}=e;(s<200||300<=s)&&(r(Object.assign(new n("Error response received from instance metadata service"),{statusCode:s})),i.destroy())
const o=[]
e.on("data",e=>{o.push(e)}),e.on("end",()=>{t(Buffer.concat(o)),i.destroy()})}),i.end()})}const g=(e,t)=>{let r=e()
for(let n=0;n<t;n++)r=r.catch(e)
return r},p="AWS_CONTAINER_CREDENTIALS_FULL_URI",h="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",f="AWS_CONTAINER_AUTHORIZATION_TOKEN",m=async(e,t)=>{process.env[f]&&(t.headers={...t.headers,Authorization:process.env[f]})
return(await l({...t,timeout:e})).toString()},y=new Set(["localhost","127.0.0.1"]),S=new Set(["http:","https:"]),w=async({logger:e})=>{if(process.env[h])return{hostname:"169.254.170.2",path:process.env[h]}
if(process.env[p]){let t
try{t=new URL(process.env[p])}catch{throw new i(`${process.env[p]} is not a valid container metadata service URL`,{tryNextLink:!1,logger:e})}if(!t.hostname||!y.has(t.hostname))throw new i(`${t.hostname} is not a valid container metadata service hostname`,{tryNextLink:!1,logger:e})
if(!t.protocol||!S.has(t.protocol))throw new i(`${t.protocol} is not a valid container metadata service protocol`,{tryNextLink:!1,logger:e})
return{protocol:t.protocol,hostname:t.hostname,path:t.pathname+t.search,port:t.port?parseInt(t.port,10):void 0}}throw new i(`The container metadata credential provider cannot be used unless the ${h} or ${p} environment variable is set`,{tryNextLink:!1,logger:e})}
class E extends i{tryNextLink
name="InstanceMetadataV1FallbackError"
constructor(e,t=!0){super(e,t),this.tryNextLink=t,Object.setPrototypeOf(this,E.prototype)}}var v
!function(e){e.IPv4="http://169.254.169.254",e.IPv6="http://[fd00:ec2::254]"}(v||(v={}))
const b={environmentVariableSelector:e=>e.AWS_EC2_METADATA_SERVICE_ENDPOINT,configFileSelector:e=>e.ec2_metadata_service_endpoint,default:void 0}
var A
!function(e){e.IPv4="IPv4",e.IPv6="IPv6"}(A||(A={}))
const C={environmentVariableSelector:e=>e.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE,configFileSelector:e=>e.ec2_metadata_service_endpoint_mode,default:A.IPv4},T=async()=>a(await I()||await _()),I=async()=>s(b)(),_=async()=>{const e=await s(C)()
switch(e){case A.IPv4:return v.IPv4
case A.IPv6:return v.IPv6
default:throw new Error(`Unsupported endpoint mode: ${e}. Select from ${Object.values(A)}`)}},x=(e,t)=>{const r=300+Math.floor(300*Math.random()),n=new Date(Date.now()+1e3*r)
t.warn(`Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be attempted after ${new Date(n)}.\nFor more information, please visit: https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html`)
const i=e.originalExpiration??e.expiration
return{...e,...i?{originalExpiration:i}:{},expiration:n}},R="/latest/meta-data/iam/security-credentials/",k="AWS_EC2_METADATA_V1_DISABLED",P="ec2_metadata_v1_disabled",O="x-aws-ec2-metadata-token",N=(e={})=>{let t=!1
const{logger:r,profile:n}=e,{timeout:o,maxRetries:a}=d(e),c=async(r,o)=>{if(t||null==o.headers?.[O]){let t=!1,r=!1
const o=await s({environmentVariableSelector:t=>{const n=t[k]
if(r=!!n&&"false"!==n,void 0===n)throw new i(`${k} not set in env, checking config file next.`,{logger:e.logger})
return r},configFileSelector:e=>{const r=e[P]
return t=!!r&&"false"!==r,t},default:!1},{profile:n})()
if(e.ec2MetadataV1Disabled||o){const n=[]
throw e.ec2MetadataV1Disabled&&n.push("credential provider initialization (runtime option ec2MetadataV1Disabled)"),t&&n.push(`config file profile (${P})`),r&&n.push(`process environment variable (${k})`),new E(`AWS EC2 Metadata v1 fallback has been blocked by AWS SDK configuration in the following: [${n.join(", ")}].`)}}const a=(await g(async()=>{let e
try{e=await M(o)}catch(e){throw 401===e.statusCode&&(t=!1),e}return e},r)).trim()
return g(async()=>{let r
try{r=await F(a,o,e)}catch(e){throw 401===e.statusCode&&(t=!1),e}return r},r)}
return async()=>{const e=await T()
if(t)return r?.debug("AWS SDK Instance Metadata","using v1 fallback (no token fetch)"),c(a,{...e,timeout:o})
{let n
try{n=(await D({...e,timeout:o})).toString()}catch(n){if(400===n?.statusCode)throw Object.assign(n,{message:"EC2 Metadata token request returned error"})
return("TimeoutError"===n.message||[403,404,405].includes(n.statusCode))&&(t=!0),r?.debug("AWS SDK Instance Metadata","using v1 fallback (initial)"),c(a,{...e,timeout:o})}return c(a,{...e,headers:{[O]:n},timeout:o})}}},D=async e=>l({...e,path:"/latest/api/token",method:"PUT",headers:{"x-aws-ec2-metadata-token-ttl-seconds":"21600"}}),M=async e=>(await l({...e,path:R})).toString(),F=async(e,t,r)=>{const n=JSON.parse((await l({...t,path:R+e})).toString())
if(!c(n))throw new i("Invalid response received from instance metadata service.",{logger:r.logger})
return u(n)}
t.DEFAULT_MAX_RETRIES=0,t.DEFAULT_TIMEOUT=1e3,t.ENV_CMDS_AUTH_TOKEN=f,t.ENV_CMDS_FULL_URI=p,t.ENV_CMDS_RELATIVE_URI=h,t.Endpoint=v,t.fromContainerMetadata=(e={})=>{const{timeout:t,maxRetries:r}=d(e)
return()=>g(async()=>{const r=await w({logger:e.logger}),n=JSON.parse(await m(t,r))
if(!c(n))throw new i("Invalid response received from instance metadata service.",{logger:e.logger})
return u(n)},r)},t.fromInstanceMetadata=(e={})=>((e,t={})=>{const r=t?.logger||console
let n
return async()=>{let t
try{t=await e(),t.expiration&&t.expiration.getTime()<Date.now()&&(t=x(t,r))}catch(e){if(!n)throw e
r.warn("Credential renew failed: ",e),t=x(n,r)}return n=t,t}})(N(e),{logger:e.logger}),t.getInstanceMetadataEndpoint=T,t.httpRequest=l,t.providerConfigFromInit=d},5118:(e,t,r)=>{const{hasOwn:n,fromUtf8:i,fromHex:s,toHex:o,toUint8Array:a,writeKey:c,isArrayBuffer:u}=r(2430),{normalizeProvider:d}=r(2658),{escapeUri:l,HttpRequest:g}=r(3422)
class p{format(e){const t=[]
for(const r in e){if(!n(e,r))continue
const s=i(r)
t.push(Uint8Array.from([s.byteLength]),s,this.formatHeaderValue(e[r]))}const r=new Uint8Array(t.reduce((e,t)=>e+t.byteLength,0))
let s=0
for(const e of t)r.set(e,s),s+=e.byteLength
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
case"string":const c=i(e.value),u=new DataView(new ArrayBuffer(3+c.byteLength))
u.setUint8(0,7),u.setUint16(1,c.byteLength,!1)
const d=new Uint8Array(u.buffer)
return d.set(c,3),d
case"timestamp":const l=new Uint8Array(9)
return l[0]=8,l.set(m.fromNumber(e.value.valueOf()).bytes,1),l
case"uuid":if(!f.test(e.value))throw new Error(`Invalid UUID received: ${e.value}`)
const g=new Uint8Array(17)
return g[0]=9,g.set(s(e.value.replace(/-/g,"")),1),g}}}var h
!function(e){e[e.boolTrue=0]="boolTrue",e[e.boolFalse=1]="boolFalse",e[e.byte=2]="byte",e[e.short=3]="short",e[e.integer=4]="integer",e[e.long=5]="long",e[e.byteArray=6]="byteArray",e[e.string=7]="string",e[e.timestamp=8]="timestamp",e[e.uuid=9]="uuid"}(h||(h={}))
const f=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/
class m{bytes
constructor(e){if(this.bytes=e,8!==e.byteLength)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>0x8000000000000000||e<-0x8000000000000000)throw new Error(`${e} is too large (or, if negative, too small) to represent as an Int64`)
const t=new Uint8Array(8)
for(let r=7,n=Math.abs(Math.round(e));r>-1&&n>0;r--,n/=256)t[r]=n
return e<0&&y(t),new m(t)}valueOf(){const e=this.bytes.slice(0),t=128&e[0]
return t&&y(e),parseInt(o(e),16)*(t?-1:1)}toString(){return String(this.valueOf())}}function y(e){for(let t=0;t<8;t++)e[t]^=255
for(let t=7;t>-1&&(e[t]++,0===e[t]);t--);}const S="X-Amz-Algorithm",w="X-Amz-Credential",E="X-Amz-Date",v="X-Amz-SignedHeaders",b="X-Amz-Expires",A="X-Amz-Signature",C="X-Amz-Security-Token",T="authorization",I=E.toLowerCase(),_="date",x=[T,I,_],R=A.toLowerCase(),k="x-amz-content-sha256",P=C.toLowerCase(),O={authorization:!0,"cache-control":!0,connection:!0,expect:!0,from:!0,"keep-alive":!0,"max-forwards":!0,pragma:!0,referer:!0,te:!0,trailer:!0,"transfer-encoding":!0,upgrade:!0,"user-agent":!0,"x-amzn-trace-id":!0},N=/^proxy-/,D=/^sec-/,M="AWS4-HMAC-SHA256",F="AWS4-HMAC-SHA256-PAYLOAD",L="UNSIGNED-PAYLOAD",$="aws4_request",U=604800,B=({query:e={}})=>{const t=[],r={}
for(const i in e){if(!n(e,i))continue
if(i.toLowerCase()===R)continue
const s=l(i)
t.push(s)
const o=e[i]
"string"==typeof o?r[s]=`${s}=${l(o)}`:Array.isArray(o)&&(r[s]=o.slice(0).reduce((e,t)=>e.concat([`${s}=${l(t)}`]),[]).sort().join("&"))}return t.sort().map(e=>r[e]).filter(e=>e).join("&")},z=e=>"number"==typeof e?new Date(1e3*e):"string"==typeof e?Number(e)?new Date(1e3*Number(e)):new Date(e):e
class H{service
regionProvider
credentialProvider
sha256
uriEscapePath
applyChecksum
constructor({applyChecksum:e,credentials:t,region:r,service:n,sha256:i,uriEscapePath:s=!0}){this.service=n,this.sha256=i,this.uriEscapePath=s,this.applyChecksum="boolean"!=typeof e||e,this.regionProvider=d(r),this.credentialProvider=d(t)}createCanonicalRequest(e,t,r){const n=Object.keys(t).sort()
return`${e.method}\n${this.getCanonicalPath(e)}\n${B(e)}\n${n.map(e=>`${e}:${t[e]}`).join("\n")}\n\n${n.join(";")}\n${r}`}async createStringToSign(e,t,r,n){const i=new this.sha256
i.update(a(r))
const s=await i.digest()
return`${n}\n${e}\n${t}\n${o(s)}`}getCanonicalPath({path:e}){if(this.uriEscapePath){const t=[]
for(const r of e.split("/"))0!==r?.length&&"."!==r&&(".."===r?t.pop():t.push(r))
const r=`${e?.startsWith("/")?"/":""}${t.join("/")}${t.length>0&&e?.endsWith("/")?"/":""}`
return l(r).replace(/%2F/g,"/")}return e}validateResolvedCredentials(e){if("object"!=typeof e||"string"!=typeof e.accessKeyId||"string"!=typeof e.secretAccessKey)throw new Error("Resolved credential object is not valid")}formatDate(e){const t=(r=e,z(r).toISOString().replace(/\.\d{3}Z$/,"Z")).replace(/[-:]/g,"")
var r
return{longDate:t,shortDate:t.slice(0,8)}}getCanonicalHeaderList(e){return Object.keys(e).sort().join(";")}}const V={},q=[],j=(e,t,r)=>`${e}/${t}/${r}/${$}`,W=async(e,t,r,n,i)=>{const s=await G(e,t.secretAccessKey,t.accessKeyId),a=`${r}:${n}:${i}:${o(s)}:${t.sessionToken}`
if(a in V)return V[a]
for(q.push(a);q.length>50;)delete V[q.shift()]
let c=`AWS4${t.secretAccessKey}`
for(const t of[r,n,i,$])c=await G(e,c,t)
return V[a]=c},G=(e,t,r)=>{const n=new e(t)
return n.update(a(r)),n.digest()},K=({headers:e},t,r)=>{const i={}
for(const s of Object.keys(e).sort()){if(null==e[s])continue
const o=s.toLowerCase();(n(O,o)||t?.has(o)||N.test(o)||D.test(o))&&(!r||r&&!r.has(o))||("__proto__"===o&&c(i),i[o]=e[s].replace(/[\r\n]/g," ").replace(/[ \t]+/g," ").replace(/^ | $/g,""))}return i},Q=async({headers:e,body:t},r)=>{for(const t in e)if(n(e,t)&&t.toLowerCase()===k)return e[t]
if(null==t)return"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
if("string"==typeof t||ArrayBuffer.isView(t)||u(t)){const e=new r
return e.update(a(t)),o(await e.digest())}return L},Y=(e,t)=>{e=e.toLowerCase()
for(const r in t)if(n(t,r)&&e===r.toLowerCase())return!0
return!1},X=(e,t={})=>{const{headers:r,query:i={}}=g.clone(e)
for(const e in r){if(!n(r,e))continue
const s=e.toLowerCase();("x-amz-"===s.slice(0,6)&&!t.unhoistableHeaders?.has(s)||t.hoistableHeaders?.has(s))&&(i[e]=r[e],delete r[e])}return{...e,headers:r,query:i}},J=e=>{e=g.clone(e)
for(const t in e.headers)n(e.headers,t)&&x.indexOf(t.toLowerCase())>-1&&delete e.headers[t]
return e}
t.ALGORITHM_IDENTIFIER=M,t.ALGORITHM_IDENTIFIER_V4A="AWS4-ECDSA-P256-SHA256",t.ALGORITHM_QUERY_PARAM=S,t.ALWAYS_UNSIGNABLE_HEADERS=O,t.AMZ_DATE_HEADER=I,t.AMZ_DATE_QUERY_PARAM=E,t.AUTH_HEADER=T,t.CREDENTIAL_QUERY_PARAM=w,t.DATE_HEADER=_,t.EVENT_ALGORITHM_IDENTIFIER=F,t.EXPIRES_QUERY_PARAM=b,t.GENERATED_HEADERS=x,t.HOST_HEADER="host",t.KEY_TYPE_IDENTIFIER=$,t.MAX_CACHE_SIZE=50,t.MAX_PRESIGNED_TTL=U,t.PROXY_HEADER_PATTERN=N,t.REGION_SET_PARAM="X-Amz-Region-Set",t.SEC_HEADER_PATTERN=D,t.SHA256_HEADER=k,t.SIGNATURE_HEADER=R,t.SIGNATURE_QUERY_PARAM=A,t.SIGNED_HEADERS_QUERY_PARAM=v,t.SignatureV4=class extends H{headerFormatter=new p
constructor({applyChecksum:e,credentials:t,region:r,service:n,sha256:i,uriEscapePath:s=!0}){super({applyChecksum:e,credentials:t,region:r,service:n,sha256:i,uriEscapePath:s})}async presign(e,t={}){const{signingDate:r=new Date,expiresIn:n=3600,unsignableHeaders:i,unhoistableHeaders:s,signableHeaders:o,hoistableHeaders:a,signingRegion:c,signingService:u}=t,d=await this.credentialProvider()
this.validateResolvedCredentials(d)
const l=c??await this.regionProvider(),{longDate:g,shortDate:p}=this.formatDate(r)
if(n>U)return Promise.reject("Signature version 4 presigned URLs must have an expiration date less than one week in the future")
const h=j(p,l,u??this.service),f=X(J(e),{unhoistableHeaders:s,hoistableHeaders:a})
d.sessionToken&&(f.query[C]=d.sessionToken),f.query[S]=M,f.query[w]=`${d.accessKeyId}/${h}`,f.query[E]=g,f.query[b]=n.toString(10)
const m=K(f,i,o)
return f.query[v]=this.getCanonicalHeaderList(m),f.query[A]=await this.getSignature(g,h,this.getSigningKey(d,l,p,u),this.createCanonicalRequest(f,m,await Q(e,this.sha256))),f}async sign(e,t){return"string"==typeof e?this.signString(e,t):e.headers&&e.payload?this.signEvent(e,t):e.message?this.signMessage(e,t):this.signRequest(e,t)}async signEvent({headers:e,payload:t},{signingDate:r=new Date,priorSignature:n,signingRegion:i,signingService:s,eventStreamCredentials:a}){const c=i??await this.regionProvider(),{shortDate:u,longDate:d}=this.formatDate(r),l=j(u,c,s??this.service),g=await Q({headers:{},body:t},this.sha256),p=new this.sha256
p.update(e)
const h=o(await p.digest()),f=[F,d,l,n,h,g].join("\n")
return this.signString(f,{signingDate:r,signingRegion:c,signingService:s,eventStreamCredentials:a})}async signMessage(e,{signingDate:t=new Date,signingRegion:r,signingService:n,eventStreamCredentials:i}){return this.signEvent({headers:this.headerFormatter.format(e.message.headers),payload:e.message.body},{signingDate:t,signingRegion:r,signingService:n,priorSignature:e.priorSignature,eventStreamCredentials:i}).then(t=>({message:e.message,signature:t}))}async signString(e,{signingDate:t=new Date,signingRegion:r,signingService:n,eventStreamCredentials:i}={}){const s=i??await this.credentialProvider()
this.validateResolvedCredentials(s)
const c=r??await this.regionProvider(),{shortDate:u}=this.formatDate(t),d=new this.sha256(await this.getSigningKey(s,c,u,n))
return d.update(a(e)),o(await d.digest())}async signRequest(e,{signingDate:t=new Date,signableHeaders:r,unsignableHeaders:n,signingRegion:i,signingService:s}={}){const o=await this.credentialProvider()
this.validateResolvedCredentials(o)
const a=i??await this.regionProvider(),c=J(e),{longDate:u,shortDate:d}=this.formatDate(t),l=j(d,a,s??this.service)
c.headers[I]=u,o.sessionToken&&(c.headers[P]=o.sessionToken)
const g=await Q(c,this.sha256)
!Y(k,c.headers)&&this.applyChecksum&&(c.headers[k]=g)
const p=K(c,n,r),h=await this.getSignature(u,l,this.getSigningKey(o,a,d,s),this.createCanonicalRequest(c,p,g))
return c.headers[T]=`${M} Credential=${o.accessKeyId}/${l}, SignedHeaders=${this.getCanonicalHeaderList(p)}, Signature=${h}`,c}async getSignature(e,t,r,n){const i=await this.createStringToSign(e,t,n,M),s=new this.sha256(await r)
return s.update(a(i)),o(await s.digest())}getSigningKey(e,t,r,n){return W(this.sha256,e,r,t,n||this.service)}},t.SignatureV4Base=H,t.TOKEN_HEADER=P,t.TOKEN_QUERY_PARAM=C,t.UNSIGNABLE_PATTERNS=[/^proxy-/i,/^sec-/i],t.UNSIGNED_PAYLOAD=L,t.clearCredentialCache=()=>{q.length=0,Object.keys(V).forEach(e=>{delete V[e]})},t.createScope=j,t.getCanonicalHeaders=K,t.getCanonicalQuery=B,t.getPayloadHash=Q,t.getSigningKey=W,t.hasHeader=Y,t.moveHeadersToQuery=X,t.prepareRequest=J,t.signatureV4aContainer={SignatureV4a:null}},9449:function(e){e.exports=function(){var e={AmazonBot:"amazonbot","Amazon Silk":"amazon_silk","Android Browser":"android",BaiduSpider:"baiduspider",Bada:"bada","Bertina Browser":"bertina",BingCrawler:"bingcrawler",Brave:"brave",BlackBerry:"blackberry","ChatGPT-User":"chatgpt_user",Chrome:"chrome",ClaudeBot:"claudebot",Chromium:"chromium",Diffbot:"diffbot",DuckDuckBot:"duckduckbot",DuckDuckGo:"duckduckgo",Electron:"electron",Epiphany:"epiphany",FacebookExternalHit:"facebookexternalhit",Firefox:"firefox",Freebox:"freebox",Focus:"focus",Generic:"generic","Google Search":"google_search",Googlebot:"googlebot",GPTBot:"gptbot","HeyTap Browser":"heytap","Internet Explorer":"ie",InternetArchiveCrawler:"internetarchivecrawler","K-Meleon":"k_meleon",Ladybird:"ladybird",LibreWolf:"librewolf",Linespider:"linespider",Maxthon:"maxthon","Meta-ExternalAds":"meta_externalads","Meta-ExternalAgent":"meta_externalagent","Meta-ExternalFetcher":"meta_externalfetcher","Meta-WebIndexer":"meta_webindexer","Microsoft Edge":"edge","MZ Browser":"mz","NAVER Whale Browser":"naver","OAI-SearchBot":"oai_searchbot",Omgilibot:"omgilibot",Opera:"opera","Opera Coast":"opera_coast","Pale Moon":"pale_moon",PerplexityBot:"perplexitybot","Perplexity-User":"perplexity_user",PhantomJS:"phantomjs",PingdomBot:"pingdombot",Puffin:"puffin",QQ:"qq",QQLite:"qqlite",QupZilla:"qupzilla",Roku:"roku",Safari:"safari",Sailfish:"sailfish","Samsung Internet for Android":"samsung_internet",SlackBot:"slackbot",SeaMonkey:"seamonkey",Sleipnir:"sleipnir","Sogou Browser":"sogou",Swing:"swing",Tizen:"tizen","UC Browser":"uc","Vivo Browser":"vivo",Vivaldi:"vivaldi","WebOS Browser":"webos",WeChat:"wechat",YahooSlurp:"yahooslurp","Yandex Browser":"yandex",YandexBot:"yandexbot",YouBot:"youbot"},t={amazonbot:"AmazonBot",amazon_silk:"Amazon Silk",android:"Android Browser",baiduspider:"BaiduSpider",bada:"Bada",bertina:"Bertina Browser",bingcrawler:"BingCrawler",blackberry:"BlackBerry",brave:"Brave",chatgpt_user:"ChatGPT-User",chrome:"Chrome",claudebot:"ClaudeBot",chromium:"Chromium",diffbot:"Diffbot",duckduckbot:"DuckDuckBot",duckduckgo:"DuckDuckGo",edge:"Microsoft Edge",electron:"Electron",epiphany:"Epiphany",facebookexternalhit:"FacebookExternalHit",firefox:"Firefox",freebox:"Freebox",focus:"Focus",generic:"Generic",google_search:"Google Search",googlebot:"Googlebot",gptbot:"GPTBot",heytap:"HeyTap Browser",ie:"Internet Explorer",internetarchivecrawler:"InternetArchiveCrawler",k_meleon:"K-Meleon",ladybird:"Ladybird",librewolf:"LibreWolf",linespider:"Linespider",maxthon:"Maxthon",meta_externalads:"Meta-ExternalAds",meta_externalagent:"Meta-ExternalAgent",meta_externalfetcher:"Meta-ExternalFetcher",meta_webindexer:"Meta-WebIndexer",mz:"MZ Browser",naver:"NAVER Whale Browser",oai_searchbot:"OAI-SearchBot",omgilibot:"Omgilibot",opera:"Opera",opera_coast:"Opera Coast",pale_moon:"Pale Moon",perplexitybot:"PerplexityBot",perplexity_user:"Perplexity-User",phantomjs:"PhantomJS",pingdombot:"PingdomBot",puffin:"Puffin",qq:"QQ Browser",qqlite:"QQ Browser Lite",qupzilla:"QupZilla",roku:"Roku",safari:"Safari",sailfish:"Sailfish",samsung_internet:"Samsung Internet for Android",seamonkey:"SeaMonkey",slackbot:"SlackBot",sleipnir:"Sleipnir",sogou:"Sogou Browser",swing:"Swing",tizen:"Tizen",uc:"UC Browser",vivo:"Vivo Browser",vivaldi:"Vivaldi",webos:"WebOS Browser",wechat:"WeChat",yahooslurp:"YahooSlurp",yandex:"Yandex Browser",yandexbot:"YandexBot",youbot:"YouBot"},r={bot:"bot",desktop:"desktop",mobile:"mobile",tablet:"tablet",tv:"tv"},n={Android:"Android",Bada:"Bada",BlackBerry:"BlackBerry",ChromeOS:"Chrome OS",HarmonyOS:"HarmonyOS",iOS:"iOS",Linux:"Linux",MacOS:"macOS",PlayStation4:"PlayStation 4",Roku:"Roku",Tizen:"Tizen",WebOS:"WebOS",Windows:"Windows",WindowsPhone:"Windows Phone"},i={Blink:"Blink",EdgeHTML:"EdgeHTML",Gecko:"Gecko",LibWeb:"LibWeb",Presto:"Presto",Trident:"Trident",WebKit:"WebKit"},s=function(){function r(){}return r.getFirstMatch=function(e,t){var r=t.match(e)
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
var i=r.getVersionPrecision(e),s=r.getVersionPrecision(t),o=Math.max(i,s),a=0,c=r.map([e,t],function(e){var t=o-r.getVersionPrecision(e),n=e+new Array(t+1).join(".0")
return r.map(n.split("."),function(e){return new Array(20-e.length).join("0")+e}).reverse()})
for(n&&(a=o-Math.min(i,s)),o-=1;o>=a;){if(c[0][o]>c[1][o])return 1
if(c[0][o]===c[1][o]){if(o===a)return 0
o-=1}else if(c[0][o]<c[1][o])return-1}},r.map=function(e,t){var r,n=[]
if(Array.prototype.map)return Array.prototype.map.call(e,t)
for(r=0;r<e.length;r+=1)n.push(t(e[r]))
return n},r.find=function(e,t){var r,n
if(Array.prototype.find)return Array.prototype.find.call(e,t)
for(r=0,n=e.length;r<n;r+=1){var i=e[r]
if(t(i,r))return i}},r.assign=function(e){for(var t,r,n=e,i=arguments.length,s=new Array(i>1?i-1:0),o=1;o<i;o++)s[o-1]=arguments[o]
if(Object.assign)return Object.assign.apply(Object,[e].concat(s))
var a=function(){var e=s[t]
"object"==typeof e&&null!==e&&Object.keys(e).forEach(function(t){n[t]=e[t]})}
for(t=0,r=s.length;t<r;t+=1)a()
return e},r.getBrowserAlias=function(t){return e[t]},r.getBrowserTypeByAlias=function(e){return t[e]||""},r}(),o=/version\/(\d+(\.?_?\d+)+)/i,a=[{test:[/gptbot/i],describe:function(e){var t={name:"GPTBot"},r=s.getFirstMatch(/gptbot\/(\d+(\.\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/chatgpt-user/i],describe:function(e){var t={name:"ChatGPT-User"},r=s.getFirstMatch(/chatgpt-user\/(\d+(\.\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/oai-searchbot/i],describe:function(e){var t={name:"OAI-SearchBot"},r=s.getFirstMatch(/oai-searchbot\/(\d+(\.\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/claudebot/i,/claude-web/i,/claude-user/i,/claude-searchbot/i],describe:function(e){var t={name:"ClaudeBot"},r=s.getFirstMatch(/(?:claudebot|claude-web|claude-user|claude-searchbot)\/(\d+(\.\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/omgilibot/i,/webzio-extended/i],describe:function(e){var t={name:"Omgilibot"},r=s.getFirstMatch(/(?:omgilibot|webzio-extended)\/(\d+(\.\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/diffbot/i],describe:function(e){var t={name:"Diffbot"},r=s.getFirstMatch(/diffbot\/(\d+(\.\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/perplexitybot/i],describe:function(e){var t={name:"PerplexityBot"},r=s.getFirstMatch(/perplexitybot\/(\d+(\.\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/perplexity-user/i],describe:function(e){var t={name:"Perplexity-User"},r=s.getFirstMatch(/perplexity-user\/(\d+(\.\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/youbot/i],describe:function(e){var t={name:"YouBot"},r=s.getFirstMatch(/youbot\/(\d+(\.\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/meta-webindexer/i],describe:function(e){var t={name:"Meta-WebIndexer"},r=s.getFirstMatch(/meta-webindexer\/(\d+(\.\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/meta-externalads/i],describe:function(e){var t={name:"Meta-ExternalAds"},r=s.getFirstMatch(/meta-externalads\/(\d+(\.\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/meta-externalagent/i],describe:function(e){var t={name:"Meta-ExternalAgent"},r=s.getFirstMatch(/meta-externalagent\/(\d+(\.\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/meta-externalfetcher/i],describe:function(e){var t={name:"Meta-ExternalFetcher"},r=s.getFirstMatch(/meta-externalfetcher\/(\d+(\.\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/googlebot/i],describe:function(e){var t={name:"Googlebot"},r=s.getFirstMatch(/googlebot\/(\d+(\.\d+))/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/linespider/i],describe:function(e){var t={name:"Linespider"},r=s.getFirstMatch(/(?:linespider)(?:-[-\w]{1,64})?[\s/](\d+(\.\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/amazonbot/i],describe:function(e){var t={name:"AmazonBot"},r=s.getFirstMatch(/amazonbot\/(\d+(\.\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/bingbot/i],describe:function(e){var t={name:"BingCrawler"},r=s.getFirstMatch(/bingbot\/(\d+(\.\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/baiduspider/i],describe:function(e){var t={name:"BaiduSpider"},r=s.getFirstMatch(/baiduspider\/(\d+(\.\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/duckduckbot/i],describe:function(e){var t={name:"DuckDuckBot"},r=s.getFirstMatch(/duckduckbot\/(\d+(\.\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/ia_archiver/i],describe:function(e){var t={name:"InternetArchiveCrawler"},r=s.getFirstMatch(/ia_archiver\/(\d+(\.\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/facebookexternalhit/i,/facebookcatalog/i],describe:function(){return{name:"FacebookExternalHit"}}},{test:[/slackbot/i,/slack-imgProxy/i],describe:function(e){var t={name:"SlackBot"},r=s.getFirstMatch(/(?:slackbot|slack-imgproxy)(?:-[-\w]{1,64})?[\s/](\d+(\.\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/yahoo!?[\s/]*slurp/i],describe:function(){return{name:"YahooSlurp"}}},{test:[/yandexbot/i,/yandexmobilebot/i],describe:function(){return{name:"YandexBot"}}},{test:[/pingdom/i],describe:function(){return{name:"PingdomBot"}}},{test:[/opera/i],describe:function(e){var t={name:"Opera"},r=s.getFirstMatch(o,e)||s.getFirstMatch(/(?:opera)[\s/](\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/opr\/|opios/i],describe:function(e){var t={name:"Opera"},r=s.getFirstMatch(/(?:opr|opios)[\s/](\d+(?:\.\d+)*)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/SamsungBrowser/i],describe:function(e){var t={name:"Samsung Internet for Android"},r=s.getFirstMatch(o,e)||s.getFirstMatch(/(?:SamsungBrowser)[\s/](\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/Whale/i],describe:function(e){var t={name:"NAVER Whale Browser"},r=s.getFirstMatch(o,e)||s.getFirstMatch(/(?:whale)[\s/](\d+(?:\.\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/PaleMoon/i],describe:function(e){var t={name:"Pale Moon"},r=s.getFirstMatch(o,e)||s.getFirstMatch(/(?:PaleMoon)[\s/](\d+(?:\.\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/HeyTapBrowser/i],describe:function(e){var t={name:"HeyTap Browser"},r=s.getFirstMatch(/(?:HeyTapBrowser)[\s/](\d+(?:\.\d+)*)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/VivoBrowser/i],describe:function(e){var t={name:"Vivo Browser"},r=s.getFirstMatch(/(?:VivoBrowser)[\s/](\d+(?:\.\d+)*)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/MZBrowser/i],describe:function(e){var t={name:"MZ Browser"},r=s.getFirstMatch(/(?:MZBrowser)[\s/](\d+(?:\.\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/focus/i],describe:function(e){var t={name:"Focus"},r=s.getFirstMatch(/(?:focus)[\s/](\d+(?:\.\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/swing/i],describe:function(e){var t={name:"Swing"},r=s.getFirstMatch(/(?:swing)[\s/](\d+(?:\.\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/coast/i],describe:function(e){var t={name:"Opera Coast"},r=s.getFirstMatch(o,e)||s.getFirstMatch(/(?:coast)[\s/](\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/opt\/\d+(?:.?_?\d+)+/i],describe:function(e){var t={name:"Opera Touch"},r=s.getFirstMatch(/(?:opt)[\s/](\d+(\.?_?\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/\sbertina\//i],describe:function(e){var t={name:"Bertina Browser"},r=s.getFirstMatch(/(?:bertina)\/(\d+(\.?_?\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/yabrowser/i],describe:function(e){var t={name:"Yandex Browser"},r=s.getFirstMatch(/(?:yabrowser)[\s/](\d+(\.?_?\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/ucbrowser|ucmobile\//i,/\bucpc\//i,/\bubrowser\//i],describe:function(e){var t={name:"UC Browser"},r=s.getFirstMatch(/(?:ucbrowser[\s/]?|ucmobile\/|\bucpc\/|\bubrowser\/)(\d+(\.?_?\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/Maxthon|mxios/i],describe:function(e){var t={name:"Maxthon"},r=s.getFirstMatch(o,e)||s.getFirstMatch(/(?:Maxthon|mxios)[\s/](\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/epiphany/i],describe:function(e){var t={name:"Epiphany"},r=s.getFirstMatch(o,e)||s.getFirstMatch(/(?:epiphany)[\s/](\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/puffin/i],describe:function(e){var t={name:"Puffin"},r=s.getFirstMatch(o,e)||s.getFirstMatch(/(?:puffin)[\s/](\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/sleipnir/i],describe:function(e){var t={name:"Sleipnir"},r=s.getFirstMatch(o,e)||s.getFirstMatch(/(?:sleipnir)[\s/](\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/k-meleon/i],describe:function(e){var t={name:"K-Meleon"},r=s.getFirstMatch(o,e)||s.getFirstMatch(/(?:k-meleon)[\s/](\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/micromessenger/i],describe:function(e){var t={name:"WeChat"},r=s.getFirstMatch(/(?:micromessenger)[\s/](\d+(\.?_?\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/qqbrowser/i],describe:function(e){var t={name:/qqbrowserlite/i.test(e)?"QQ Browser Lite":"QQ Browser"},r=s.getFirstMatch(/(?:qqbrowserlite|qqbrowser)[/](\d+(\.?_?\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/msie|trident/i],describe:function(e){var t={name:"Internet Explorer"},r=s.getFirstMatch(/(?:msie |rv:)(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/\sedg\//i],describe:function(e){var t={name:"Microsoft Edge"},r=s.getFirstMatch(/\sedg\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/edg([ea]|ios)\//i],describe:function(e){var t={name:"Microsoft Edge"},r=s.getSecondMatch(/edg([ea]|ios)\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:function(e){return!!e.hasBrand("Vivaldi")||e.test(/vivaldi/i)},describe:function(e,t){var r={name:"Vivaldi"}
if(t){var n=t.getBrandVersion("Vivaldi")
if(n)return r.version=n,r}var i=s.getFirstMatch(/vivaldi\/(\d+(\.?_?\d+)+)/i,e)
return i&&(r.version=i),r}},{test:[/seamonkey/i],describe:function(e){var t={name:"SeaMonkey"},r=s.getFirstMatch(/seamonkey\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/sailfish/i],describe:function(e){var t={name:"Sailfish"},r=s.getFirstMatch(/sailfish\s?browser\/(\d+(\.\d+)?)/i,e)
return r&&(t.version=r),t}},{test:[/silk/i],describe:function(e){var t={name:"Amazon Silk"},r=s.getFirstMatch(/silk\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/phantom/i],describe:function(e){var t={name:"PhantomJS"},r=s.getFirstMatch(/phantomjs\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/slimerjs/i],describe:function(e){var t={name:"SlimerJS"},r=s.getFirstMatch(/slimerjs\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/blackberry|\bbb\d+/i,/rim\stablet/i],describe:function(e){var t={name:"BlackBerry"},r=s.getFirstMatch(o,e)||s.getFirstMatch(/blackberry[\d]+\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/(web|hpw)[o0]s/i],describe:function(e){var t={name:"WebOS Browser"},r=s.getFirstMatch(o,e)||s.getFirstMatch(/w(?:eb)?[o0]sbrowser\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/bada/i],describe:function(e){var t={name:"Bada"},r=s.getFirstMatch(/dolfin\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/tizen/i],describe:function(e){var t={name:"Tizen"},r=s.getFirstMatch(/(?:tizen\s?)?browser\/(\d+(\.?_?\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/qupzilla/i],describe:function(e){var t={name:"QupZilla"},r=s.getFirstMatch(/(?:qupzilla)[\s/](\d+(\.?_?\d+)+)/i,e)||s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/librewolf/i],describe:function(e){var t={name:"LibreWolf"},r=s.getFirstMatch(/(?:librewolf)[\s/](\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/firefox|iceweasel|fxios/i],describe:function(e){var t={name:"Firefox"},r=s.getFirstMatch(/(?:firefox|iceweasel|fxios)[\s/](\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/electron/i],describe:function(e){var t={name:"Electron"},r=s.getFirstMatch(/(?:electron)\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/sogoumobilebrowser/i,/metasr/i,/se 2\.[x]/i],describe:function(e){var t={name:"Sogou Browser"},r=s.getFirstMatch(/(?:sogoumobilebrowser)[\s/](\d+(\.?_?\d+)+)/i,e),n=s.getFirstMatch(/(?:chrome|crios|crmo)\/(\d+(\.?_?\d+)+)/i,e),i=s.getFirstMatch(/se ([\d.]+)x/i,e),o=r||n||i
return o&&(t.version=o),t}},{test:[/MiuiBrowser/i],describe:function(e){var t={name:"Miui"},r=s.getFirstMatch(/(?:MiuiBrowser)[\s/](\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:function(e){return!!e.hasBrand("DuckDuckGo")||e.test(/\sDdg\/[\d.]+$/i)},describe:function(e,t){var r={name:"DuckDuckGo"}
if(t){var n=t.getBrandVersion("DuckDuckGo")
if(n)return r.version=n,r}var i=s.getFirstMatch(/\sDdg\/([\d.]+)$/i,e)
return i&&(r.version=i),r}},{test:function(e){return e.hasBrand("Brave")},describe:function(e,t){var r={name:"Brave"}
if(t){var n=t.getBrandVersion("Brave")
if(n)return r.version=n,r}return r}},{test:[/chromium/i],describe:function(e){var t={name:"Chromium"},r=s.getFirstMatch(/(?:chromium)[\s/](\d+(\.?_?\d+)+)/i,e)||s.getFirstMatch(o,e)||s.getFirstMatch(/(?:chrome)\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/ladybird/i],describe:function(e){var t={name:"Ladybird"},r=s.getFirstMatch(/ladybird\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/chrome|crios|crmo/i],describe:function(e){var t={name:"Chrome"},r=s.getFirstMatch(/(?:chrome|crios|crmo)\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/\bGSA\//i],describe:function(e){var t={name:"Google Search"},r=s.getFirstMatch(/(?:GSA)\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:function(e){var t=!e.test(/like android/i),r=e.test(/android/i)
return t&&r},describe:function(e){var t={name:"Android Browser"},r=s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/playstation 4/i],describe:function(e){var t={name:"PlayStation 4"},r=s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/freebox/i],describe:function(e){var t={name:"Freebox"},r=s.getFirstMatch(/navigateur web\/(\d+(\.\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/safari|applewebkit/i],describe:function(e){var t={name:"Safari"},r=s.getFirstMatch(o,e)
return r&&(t.version=r),t}},{test:[/.*/i],describe:function(e){var t=-1!==e.search("\\(")?/^(.*)\/([^/]*)[ \t]\((.*)/:/^(.*)\/([^/]*) /
return{name:s.getFirstMatch(t,e),version:s.getSecondMatch(t,e)}}}],c=[{test:[/Roku\/DVP/],describe:function(e){var t=s.getFirstMatch(/Roku\/DVP-(\d+\.\d+)/i,e)
return{name:n.Roku,version:t}}},{test:[/windows phone/i],describe:function(e){var t=s.getFirstMatch(/windows phone (?:os)?\s?(\d+(\.\d+)*)/i,e)
return{name:n.WindowsPhone,version:t}}},{test:[/windows /i],describe:function(e){var t=s.getFirstMatch(/Windows ((NT|XP)( \d\d?.\d)?)/i,e),r=s.getWindowsVersionName(t)
return{name:n.Windows,version:t,versionName:r}}},{test:function(e){return s.isFirefoxOnIpad(e.getUA())},describe:function(e){var t={name:n.iOS},r=s.getSecondMatch(/(Version\/)(\d[\d.]+)/,e)
return r&&(t.version=r),t}},{test:[/macintosh/i],describe:function(e){var t=s.getFirstMatch(/mac os x (\d+(\.?_?\d+)+)/i,e).replace(/[_\s]/g,"."),r=s.getMacOSVersionName(t),i={name:n.MacOS,version:t}
return r&&(i.versionName=r),i}},{test:[/(ipod|iphone|ipad)/i],describe:function(e){var t=s.getFirstMatch(/os (\d+([_\s]\d+)*) like mac os x/i,e).replace(/[_\s]/g,"."),r=s.getFirstMatch(/version\/(\d+(\.\d+)*) mobile\/\w+ safari\//i,e)
return/^18(\.|$)/.test(t)&&parseInt(r,10)>=26&&(t=r),{name:n.iOS,version:t}}},{test:[/OpenHarmony/i],describe:function(e){var t=s.getFirstMatch(/OpenHarmony\s+(\d+(\.\d+)*)/i,e)
return{name:n.HarmonyOS,version:t}}},{test:function(e){var t=!e.test(/like android/i),r=e.test(/android/i)
return t&&r},describe:function(e){var t=s.getFirstMatch(/android[\s/-](\d+(\.\d+)*)/i,e),r=s.getAndroidVersionName(t),i={name:n.Android,version:t}
return r&&(i.versionName=r),i}},{test:[/(web|hpw)[o0]s/i],describe:function(e){var t=s.getFirstMatch(/(?:web|hpw)[o0]s\/(\d+(\.\d+)*)/i,e),r={name:n.WebOS}
return t&&t.length&&(r.version=t),r}},{test:[/blackberry|\bbb\d+/i,/rim\stablet/i],describe:function(e){var t=s.getFirstMatch(/rim\stablet\sos\s(\d+(\.\d+)*)/i,e)||s.getFirstMatch(/blackberry\d+\/(\d+([_\s]\d+)*)/i,e)||s.getFirstMatch(/\bbb(\d+)/i,e)
return{name:n.BlackBerry,version:t}}},{test:[/bada/i],describe:function(e){var t=s.getFirstMatch(/bada\/(\d+(\.\d+)*)/i,e)
return{name:n.Bada,version:t}}},{test:[/tizen/i],describe:function(e){var t=s.getFirstMatch(/tizen[/\s](\d+(\.\d+)*)/i,e)
return{name:n.Tizen,version:t}}},{test:[/linux/i],describe:function(){return{name:n.Linux}}},{test:[/CrOS/],describe:function(){return{name:n.ChromeOS}}},{test:[/PlayStation 4/],describe:function(e){var t=s.getFirstMatch(/PlayStation 4[/\s](\d+(\.\d+)*)/i,e)
return{name:n.PlayStation4,version:t}}}],u=[{test:[/googlebot/i],describe:function(){return{type:r.bot,vendor:"Google"}}},{test:[/linespider/i],describe:function(){return{type:r.bot,vendor:"Line"}}},{test:[/amazonbot/i],describe:function(){return{type:r.bot,vendor:"Amazon"}}},{test:[/gptbot/i],describe:function(){return{type:r.bot,vendor:"OpenAI"}}},{test:[/chatgpt-user/i],describe:function(){return{type:r.bot,vendor:"OpenAI"}}},{test:[/oai-searchbot/i],describe:function(){return{type:r.bot,vendor:"OpenAI"}}},{test:[/baiduspider/i],describe:function(){return{type:r.bot,vendor:"Baidu"}}},{test:[/bingbot/i],describe:function(){return{type:r.bot,vendor:"Bing"}}},{test:[/duckduckbot/i],describe:function(){return{type:r.bot,vendor:"DuckDuckGo"}}},{test:[/claudebot/i,/claude-web/i,/claude-user/i,/claude-searchbot/i],describe:function(){return{type:r.bot,vendor:"Anthropic"}}},{test:[/omgilibot/i,/webzio-extended/i],describe:function(){return{type:r.bot,vendor:"Webz.io"}}},{test:[/diffbot/i],describe:function(){return{type:r.bot,vendor:"Diffbot"}}},{test:[/perplexitybot/i],describe:function(){return{type:r.bot,vendor:"Perplexity AI"}}},{test:[/perplexity-user/i],describe:function(){return{type:r.bot,vendor:"Perplexity AI"}}},{test:[/youbot/i],describe:function(){return{type:r.bot,vendor:"You.com"}}},{test:[/ia_archiver/i],describe:function(){return{type:r.bot,vendor:"Internet Archive"}}},{test:[/meta-webindexer/i],describe:function(){return{type:r.bot,vendor:"Meta"}}},{test:[/meta-externalads/i],describe:function(){return{type:r.bot,vendor:"Meta"}}},{test:[/meta-externalagent/i],describe:function(){return{type:r.bot,vendor:"Meta"}}},{test:[/meta-externalfetcher/i],describe:function(){return{type:r.bot,vendor:"Meta"}}},{test:[/facebookexternalhit/i,/facebookcatalog/i],describe:function(){return{type:r.bot,vendor:"Meta"}}},{test:[/slackbot/i,/slack-imgProxy/i],describe:function(){return{type:r.bot,vendor:"Slack"}}},{test:[/yahoo/i],describe:function(){return{type:r.bot,vendor:"Yahoo"}}},{test:[/yandexbot/i,/yandexmobilebot/i],describe:function(){return{type:r.bot,vendor:"Yandex"}}},{test:[/pingdom/i],describe:function(){return{type:r.bot,vendor:"Pingdom"}}},{test:[/huawei/i],describe:function(e){var t=s.getFirstMatch(/(can-l01)/i,e)&&"Nova",n={type:r.mobile,vendor:"Huawei"}
return t&&(n.model=t),n}},{test:[/nexus\s*(?:7|8|9|10).*/i],describe:function(){return{type:r.tablet,vendor:"Nexus"}}},{test:[/ipad/i],describe:function(){return{type:r.tablet,vendor:"Apple",model:"iPad"}}},{test:function(e){return s.isFirefoxOnIpad(e.getUA())},describe:function(){return{type:r.tablet,vendor:"Apple",model:"iPad"}}},{test:[/kftt build/i],describe:function(){return{type:r.tablet,vendor:"Amazon",model:"Kindle Fire HD 7"}}},{test:[/silk/i],describe:function(){return{type:r.tablet,vendor:"Amazon"}}},{test:[/tablet(?! pc)/i],describe:function(){return{type:r.tablet}}},{test:function(e){var t=e.test(/ipod|iphone/i),r=e.test(/like (ipod|iphone)/i)
return t&&!r},describe:function(e){var t=s.getFirstMatch(/(ipod|iphone)/i,e)
return{type:r.mobile,vendor:"Apple",model:t}}},{test:[/nexus\s*[0-6].*/i,/galaxy nexus/i],describe:function(){return{type:r.mobile,vendor:"Nexus"}}},{test:[/Nokia/i],describe:function(e){var t=s.getFirstMatch(/Nokia\s+([0-9]+(\.[0-9]+)?)/i,e),n={type:r.mobile,vendor:"Nokia"}
return t&&(n.model=t),n}},{test:[/[^-]mobi/i],describe:function(){return{type:r.mobile}}},{test:function(e){return"blackberry"===e.getBrowserName(!0)},describe:function(){return{type:r.mobile,vendor:"BlackBerry"}}},{test:function(e){return"bada"===e.getBrowserName(!0)},describe:function(){return{type:r.mobile}}},{test:function(e){return"windows phone"===e.getBrowserName()},describe:function(){return{type:r.mobile,vendor:"Microsoft"}}},{test:function(e){var t=Number(String(e.getOSVersion()).split(".")[0])
return"android"===e.getOSName(!0)&&t>=3},describe:function(){return{type:r.tablet}}},{test:function(e){return"android"===e.getOSName(!0)},describe:function(){return{type:r.mobile}}},{test:[/smart-?tv|smarttv/i],describe:function(){return{type:r.tv}}},{test:[/netcast/i],describe:function(){return{type:r.tv}}},{test:function(e){return"macos"===e.getOSName(!0)},describe:function(){return{type:r.desktop,vendor:"Apple"}}},{test:function(e){return"windows"===e.getOSName(!0)},describe:function(){return{type:r.desktop}}},{test:function(e){return"linux"===e.getOSName(!0)},describe:function(){return{type:r.desktop}}},{test:function(e){return"chrome os"===e.getOSName(!0)},describe:function(){return{type:r.desktop}}},{test:function(e){return"playstation 4"===e.getOSName(!0)},describe:function(){return{type:r.tv}}},{test:function(e){return"roku"===e.getOSName(!0)},describe:function(){return{type:r.tv}}}],d=[{test:function(e){return"microsoft edge"===e.getBrowserName(!0)},describe:function(e){if(/\sedgios\//i.test(e)){var t={name:i.WebKit},r=s.getFirstMatch(/webkit\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}if(/\sedga?\//i.test(e))return{name:i.Blink}
var n=s.getFirstMatch(/edge\/(\d+(\.?_?\d+)+)/i,e)
return{name:i.EdgeHTML,version:n}}},{test:function(e){return"ladybird"===e.getBrowserName(!0)},describe:function(){return{name:i.LibWeb}}},{test:[/trident/i],describe:function(e){var t={name:i.Trident},r=s.getFirstMatch(/trident\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:function(e){return e.test(/presto/i)},describe:function(e){var t={name:i.Presto},r=s.getFirstMatch(/presto\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:function(e){var t=e.test(/gecko/i),r=e.test(/like gecko/i)
return t&&!r},describe:function(e){var t={name:i.Gecko},r=s.getFirstMatch(/gecko\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}},{test:[/(apple)?webkit\/537\.36/i],describe:function(){return{name:i.Blink}}},{test:[/(apple)?webkit/i],describe:function(e){var t={name:i.WebKit},r=s.getFirstMatch(/webkit\/(\d+(\.?_?\d+)+)/i,e)
return r&&(t.version=r),t}}],l=function(){function e(e,t,r){if(void 0===t&&(t=!1),void 0===r&&(r=null),null==e||""===e)throw new Error("UserAgent parameter can't be empty")
this._ua=e
var n=!1
"boolean"==typeof t?(n=t,this._hints=r):this._hints=null!=t&&"object"==typeof t?t:null,this.parsedResult={},!0!==n&&this.parse()}var t=e.prototype
return t.getHints=function(){return this._hints},t.hasBrand=function(e){if(!this._hints||!Array.isArray(this._hints.brands))return!1
var t=e.toLowerCase()
return this._hints.brands.some(function(e){return e.brand&&e.brand.toLowerCase()===t})},t.getBrandVersion=function(e){if(this._hints&&Array.isArray(this._hints.brands)){var t=e.toLowerCase(),r=s.find(this._hints.brands,function(e){return e.brand&&e.brand.toLowerCase()===t})
return r?r.version:void 0}},t.getUA=function(){return this._ua},t.test=function(e){return e.test(this._ua)},t.parseBrowser=function(){var e=this
this.parsedResult.browser={}
var t=s.find(a,function(t){if("function"==typeof t.test)return t.test(e)
if(Array.isArray(t.test))return t.test.some(function(t){return e.test(t)})
throw new Error("Browser's test function is not valid")})
return t&&(this.parsedResult.browser=t.describe(this.getUA(),this)),this.parsedResult.browser},t.getBrowser=function(){return this.parsedResult.browser?this.parsedResult.browser:this.parseBrowser()},t.getBrowserName=function(e){return e?String(this.getBrowser().name).toLowerCase()||"":this.getBrowser().name||""},t.getBrowserVersion=function(){return this.getBrowser().version},t.getOS=function(){return this.parsedResult.os?this.parsedResult.os:this.parseOS()},t.parseOS=function(){var e=this
this.parsedResult.os={}
var t=s.find(c,function(t){if("function"==typeof t.test)return t.test(e)
if(Array.isArray(t.test))return t.test.some(function(t){return e.test(t)})
throw new Error("Browser's test function is not valid")})
return t&&(this.parsedResult.os=t.describe(this.getUA())),this.parsedResult.os},t.getOSName=function(e){var t=this.getOS().name
return e?String(t).toLowerCase()||"":t||""},t.getOSVersion=function(){return this.getOS().version},t.getPlatform=function(){return this.parsedResult.platform?this.parsedResult.platform:this.parsePlatform()},t.getPlatformType=function(e){void 0===e&&(e=!1)
var t=this.getPlatform().type
return e?String(t).toLowerCase()||"":t||""},t.parsePlatform=function(){var e=this
this.parsedResult.platform={}
var t=s.find(u,function(t){if("function"==typeof t.test)return t.test(e)
if(Array.isArray(t.test))return t.test.some(function(t){return e.test(t)})
throw new Error("Browser's test function is not valid")})
return t&&(this.parsedResult.platform=t.describe(this.getUA())),this.parsedResult.platform},t.getEngine=function(){return this.parsedResult.engine?this.parsedResult.engine:this.parseEngine()},t.getEngineName=function(e){return e?String(this.getEngine().name).toLowerCase()||"":this.getEngine().name||""},t.parseEngine=function(){var e=this
this.parsedResult.engine={}
var t=s.find(d,function(t){if("function"==typeof t.test)return t.test(e)
if(Array.isArray(t.test))return t.test.some(function(t){return e.test(t)})
throw new Error("Browser's test function is not valid")})
return t&&(this.parsedResult.engine=t.describe(this.getUA())),this.parsedResult.engine},t.parse=function(){return this.parseBrowser(),this.parseOS(),this.parsePlatform(),this.parseEngine(),this},t.getResult=function(){return s.assign({},this.parsedResult)},t.satisfies=function(e){var t=this,r={},n=0,i={},o=0
if(Object.keys(e).forEach(function(t){var s=e[t]
"string"==typeof s||Array.isArray(s)?(i[t]=s,o+=1):"object"==typeof s&&(r[t]=s,n+=1)}),n>0){var a=Object.keys(r),c=s.find(a,function(e){return t.isOS(e)})
if(c){var u=this.satisfies(r[c])
if(void 0!==u)return u}var d=s.find(a,function(e){return t.isPlatform(e)})
if(d){var l=this.satisfies(r[d])
if(void 0!==l)return l}}if(o>0){var g=Object.keys(i),p=s.find(g,function(e){return t.isBrowser(e,!0)})
if(void 0!==p)return this.compareVersions(i[p])}},t.isBrowser=function(e,t){void 0===t&&(t=!1)
var r=this.getBrowserName().toLowerCase(),n=e.toLowerCase(),i=s.getBrowserTypeByAlias(n)
return t&&i&&(n=i.toLowerCase()),n===r},t.compareVersions=function(e){var t=this
return"string"==typeof e?this.compareVersion(e):e.some(function(e){return t.compareVersion(e)})},t.compareVersion=function(e){var t=[0],r=e,n=!1,i=this.getBrowserVersion()
if("string"==typeof i)return">"===e[0]||"<"===e[0]?(r=e.substr(1),"="===e[1]?(n=!0,r=e.substr(2)):t=[],">"===e[0]?t.push(1):t.push(-1)):"="===e[0]?r=e.substr(1):"~"===e[0]&&(n=!0,r=e.substr(1)),t.indexOf(s.compareVersions(i,r,n))>-1},t.isOS=function(e){return this.getOSName(!0)===String(e).toLowerCase()},t.isPlatform=function(e){return this.getPlatformType(!0)===String(e).toLowerCase()},t.isEngine=function(e){return this.getEngineName(!0)===String(e).toLowerCase()},t.is=function(e,t){return void 0===t&&(t=!1),this.isBrowser(e,t)||this.isOS(e)||this.isPlatform(e)},t.some=function(e){var t=this
return void 0===e&&(e=[]),e.some(function(e){return t.is(e)})},e}()
function g(e){var t=function(e){if("object"!=typeof e||!e)return e
var t=e[Symbol.toPrimitive]
if(void 0!==t){var r=t.call(e,"string")
if("object"!=typeof r)return r
throw new TypeError("@@toPrimitive must return a primitive value.")}return String(e)}(e)
return"symbol"==typeof t?t:t+""}var p=function(){function e(){}return e.getParser=function(e,t,r){if(void 0===t&&(t=!1),void 0===r&&(r=null),"string"!=typeof e)throw new Error("UserAgent should be a string")
return new l(e,t,r)},e.parse=function(e,t){return void 0===t&&(t=null),new l(e,t).getResult()},s=e,(o=[{key:"BROWSER_MAP",get:function(){return t}},{key:"ENGINE_MAP",get:function(){return i}},{key:"OS_MAP",get:function(){return n}},{key:"PLATFORMS_MAP",get:function(){return r}}])&&function(e,t){for(var r=0;r<t.length;r++){var n=t[r]
n.enumerable=n.enumerable||!1,n.configurable=!0,"value"in n&&(n.writable=!0),Object.defineProperty(e,g(n.key),n)}}(s,o),Object.defineProperty(s,"prototype",{writable:!1}),s
var s,o}()
return p.parse,p.getParser,p}()}}

