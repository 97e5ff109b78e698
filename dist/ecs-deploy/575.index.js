export const id=575
export const ids=[575]
export const modules={5575:(e,t,o)=>{const{awsEndpointFunctions:s,emitWarningIfUnsupportedVersion:a,createDefaultUserAgentProvider:r,NODE_APP_ID_CONFIG_OPTIONS:i,getAwsRegionExtensionConfiguration:n,resolveAwsRegionExtensionConfiguration:c,resolveUserAgentConfig:l,resolveHostHeaderConfig:p,getUserAgentPlugin:u,getHostHeaderPlugin:d,getLoggerPlugin:g,getRecursionDetectionPlugin:m}=o(490),{getHttpAuthSchemeEndpointRuleSetPlugin:y,DefaultIdentityProviderConfig:R,getHttpSigningPlugin:E,createPaginator:x}=o(7996),{normalizeProvider:f,getSmithyContext:h,ServiceException:P,NoOpLogger:I,emitWarningIfUnsupportedVersion:D,loadConfigsForDefaultMode:C,getDefaultExtensionConfiguration:v,resolveDefaultRuntimeConfig:S,Client:b,makeBuilder:O,createAggregatedClient:T}=o(8468),{Command:A}=o(8468)
const{resolveDefaultsModeConfig:L,loadConfig:N,NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS:F,NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS:U,NODE_REGION_CONFIG_OPTIONS:k,NODE_REGION_CONFIG_FILE_OPTIONS:$,resolveRegionConfig:w}=o(3433),{BinaryDecisionDiagram:_,EndpointCache:j,decideEndpoint:B,customEndpointFunctions:G,resolveEndpointConfig:q,getEndpointPlugin:M}=o(7003),{parseUrl:H,getHttpHandlerExtensionConfiguration:z,resolveHttpHandlerRuntimeConfig:V,getContentLengthPlugin:K}=o(284),{DEFAULT_RETRY_MODE:W,NODE_RETRY_MODE_CONFIG_OPTIONS:Y,NODE_MAX_ATTEMPT_CONFIG_OPTIONS:J,resolveRetryConfig:X,getRetryPlugin:Q}=o(8367),{TypeRegistry:Z,getSchemaSerdePlugin:ee}=o(2692),{resolveAwsSdkSigV4Config:te,AwsSdkSigV4Signer:oe,NODE_AUTH_SCHEME_PREFERENCE_OPTIONS:se}=o(1877),{defaultProvider:ae}=o(255),{toUtf8:re,fromUtf8:ie,toBase64:ne,fromBase64:ce,calculateBodyLength:le}=o(1892),{streamCollector:pe,NodeHttpHandler:ue}=o(7105),{AwsJson1_1Protocol:de}=o(8150),{Sha256:ge}=o(9128),me=async(e,t,o)=>({operation:h(t).operation,region:await f(e.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()})
const ye=e=>{const t=[]
return e.operation,t.push(function(e){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr-public",region:e.region},propertiesExtractor:(e,t)=>({signingProperties:{config:e,context:t}})}}(e)),t}
var Re="3.1107.0"
const Ee="ref",xe=-1,fe=!0,he="isSet",Pe="PartitionResult",Ie="booleanEquals",De="getAttr",Ce={[Ee]:"Endpoint"},ve={[Ee]:Pe},Se={},be=[{[Ee]:"Region"}],Oe={conditions:[[he,[Ce]],[he,be],["aws.partition",be,Pe],[Ie,[{[Ee]:"UseFIPS"},fe]],[Ie,[{[Ee]:"UseDualStack"},fe]],[Ie,[{fn:De,argv:[ve,"supportsDualStack"]},fe]],[Ie,[{fn:De,argv:[ve,"supportsFIPS"]},fe]],["stringEquals",[{fn:De,argv:[ve,"name"]},"aws"]]],results:[[xe],[xe,"Invalid Configuration: FIPS and custom endpoint are not supported"],[xe,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[Ce,Se],["https://api.ecr-public-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Se],[xe,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://api.ecr-public-fips.{Region}.{PartitionResult#dnsSuffix}",Se],[xe,"FIPS is enabled but this partition does not support FIPS"],["https://ecr-public.{Region}.api.aws",Se],["https://api.ecr-public.{Region}.{PartitionResult#dualStackDnsSuffix}",Se],[xe,"DualStack is enabled but this partition does not support DualStack"],["https://api.ecr-public.{Region}.{PartitionResult#dnsSuffix}",Se],[xe,"Invalid Configuration: Missing Region"]]},Te=1e8,Ae=new Int32Array([-1,1,-1,0,13,3,1,4,Te+12,2,5,Te+12,3,9,6,4,7,Te+11,5,8,Te+10,7,Te+8,Te+9,4,11,10,6,Te+6,Te+7,5,12,Te+5,6,Te+4,Te+5,3,Te+1,14,4,Te+2,Te+3]),Le=_.from(Ae,2,Oe.conditions,Oe.results),Ne=new j({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),Fe=(e,t={})=>Ne.get(e,()=>B(Le,{endpointParams:e,logger:t.logger}))
G.aws=s
class Ue extends P{constructor(e){super(e),Object.setPrototypeOf(this,Ue.prototype)}}class ke extends Ue{name="InvalidParameterException"
$fault="client"
constructor(e){super({name:"InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,ke.prototype)}}class $e extends Ue{name="RegistryNotFoundException"
$fault="client"
constructor(e){super({name:"RegistryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,$e.prototype)}}class we extends Ue{name="RepositoryNotFoundException"
$fault="client"
constructor(e){super({name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,we.prototype)}}class _e extends Ue{name="ServerException"
$fault="server"
constructor(e){super({name:"ServerException",$fault:"server",...e}),Object.setPrototypeOf(this,_e.prototype)}}class je extends Ue{name="UnsupportedCommandException"
$fault="client"
constructor(e){super({name:"UnsupportedCommandException",$fault:"client",...e}),Object.setPrototypeOf(this,je.prototype)}}class Be extends Ue{name="EmptyUploadException"
$fault="client"
constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.setPrototypeOf(this,Be.prototype)}}class Ge extends Ue{name="InvalidLayerException"
$fault="client"
constructor(e){super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,Ge.prototype)}}class qe extends Ue{name="LayerAlreadyExistsException"
$fault="client"
constructor(e){super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,qe.prototype)}}class Me extends Ue{name="LayerPartTooSmallException"
$fault="client"
constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.setPrototypeOf(this,Me.prototype)}}class He extends Ue{name="UploadNotFoundException"
$fault="client"
constructor(e){super({name:"UploadNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,He.prototype)}}class ze extends Ue{name="InvalidTagParameterException"
$fault="client"
constructor(e){super({name:"InvalidTagParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,ze.prototype)}}class Ve extends Ue{name="LimitExceededException"
$fault="client"
constructor(e){super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,Ve.prototype)}}class Ke extends Ue{name="RepositoryAlreadyExistsException"
$fault="client"
constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,Ke.prototype)}}class We extends Ue{name="TooManyTagsException"
$fault="client"
constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,We.prototype)}}class Ye extends Ue{name="RepositoryNotEmptyException"
$fault="client"
constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,Ye.prototype)}}class Je extends Ue{name="RepositoryPolicyNotFoundException"
$fault="client"
constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,Je.prototype)}}class Xe extends Ue{name="ImageNotFoundException"
$fault="client"
constructor(e){super({name:"ImageNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,Xe.prototype)}}class Qe extends Ue{name="RepositoryCatalogDataNotFoundException"
$fault="client"
constructor(e){super({name:"RepositoryCatalogDataNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,Qe.prototype)}}class Ze extends Ue{name="ImageAlreadyExistsException"
$fault="client"
constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,Ze.prototype)}}class et extends Ue{name="ImageDigestDoesNotMatchException"
$fault="client"
constructor(e){super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,et.prototype)}}class tt extends Ue{name="ImageTagAlreadyExistsException"
$fault="client"
constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,tt.prototype)}}class ot extends Ue{name="InvalidLayerPartException"
$fault="client"
registryId
repositoryName
uploadId
lastValidByteReceived
constructor(e){super({name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,ot.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}}class st extends Ue{name="LayersNotFoundException"
$fault="client"
constructor(e){super({name:"LayersNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,st.prototype)}}class at extends Ue{name="ReferencedImagesNotFoundException"
$fault="client"
constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,at.prototype)}}const rt="artifactMediaType",it="aboutText",nt="architectures",ct="client",lt="createdAt",pt="catalogData",ut="description",dt="displayName",gt="error",mt="failures",yt="failureCode",Rt="failureReason",Et="force",xt="imageDigest",ft="imageIds",ht="imageId",Pt="imageManifest",It="imageManifestMediaType",Dt="imagePushedAt",Ct="imageSizeInBytes",vt="imageTag",St="layerDigests",bt="layerDigest",Ot="message",Tt="maxResults",At="nextToken",Lt="operatingSystems",Nt="policyText",Ft="repository",Ut="resourceArn",kt="registryCatalogData",$t="registryId",wt="repositoryName",_t="smithy.ts.sdk.synthetic.com.amazonaws.ecrpublic",jt="tags",Bt="uploadId",Gt="usageText",qt="com.amazonaws.ecrpublic",Mt=Z.for(_t)
var Ht=[-3,_t,"ECRPUBLICServiceException",0,[],[]]
Mt.registerError(Ht,Ue)
const zt=Z.for(qt)
var Vt=[-3,qt,"EmptyUploadException",{[gt]:ct},[Ot],[0]]
zt.registerError(Vt,Be)
var Kt=[-3,qt,"ImageAlreadyExistsException",{[gt]:ct},[Ot],[0]]
zt.registerError(Kt,Ze)
var Wt=[-3,qt,"ImageDigestDoesNotMatchException",{[gt]:ct},[Ot],[0]]
zt.registerError(Wt,et)
var Yt=[-3,qt,"ImageNotFoundException",{[gt]:ct},[Ot],[0]]
zt.registerError(Yt,Xe)
var Jt=[-3,qt,"ImageTagAlreadyExistsException",{[gt]:ct},[Ot],[0]]
zt.registerError(Jt,tt)
var Xt=[-3,qt,"InvalidLayerException",{[gt]:ct},[Ot],[0]]
zt.registerError(Xt,Ge)
var Qt=[-3,qt,"InvalidLayerPartException",{[gt]:ct},[$t,wt,Bt,"lastValidByteReceived",Ot],[0,0,0,1,0]]
zt.registerError(Qt,ot)
var Zt=[-3,qt,"InvalidParameterException",{[gt]:ct},[Ot],[0]]
zt.registerError(Zt,ke)
var eo=[-3,qt,"InvalidTagParameterException",{[gt]:ct},[Ot],[0]]
zt.registerError(eo,ze)
var to=[-3,qt,"LayerAlreadyExistsException",{[gt]:ct},[Ot],[0]]
zt.registerError(to,qe)
var oo=[-3,qt,"LayerPartTooSmallException",{[gt]:ct},[Ot],[0]]
zt.registerError(oo,Me)
var so=[-3,qt,"LayersNotFoundException",{[gt]:ct},[Ot],[0]]
zt.registerError(so,st)
var ao=[-3,qt,"LimitExceededException",{[gt]:ct},[Ot],[0]]
zt.registerError(ao,Ve)
var ro=[-3,qt,"ReferencedImagesNotFoundException",{[gt]:ct},[Ot],[0]]
zt.registerError(ro,at)
var io=[-3,qt,"RegistryNotFoundException",{[gt]:ct},[Ot],[0]]
zt.registerError(io,$e)
var no=[-3,qt,"RepositoryAlreadyExistsException",{[gt]:ct},[Ot],[0]]
zt.registerError(no,Ke)
var co=[-3,qt,"RepositoryCatalogDataNotFoundException",{[gt]:ct},[Ot],[0]]
zt.registerError(co,Qe)
var lo=[-3,qt,"RepositoryNotEmptyException",{[gt]:ct},[Ot],[0]]
zt.registerError(lo,Ye)
var po=[-3,qt,"RepositoryNotFoundException",{[gt]:ct},[Ot],[0]]
zt.registerError(po,we)
var uo=[-3,qt,"RepositoryPolicyNotFoundException",{[gt]:ct},[Ot],[0]]
zt.registerError(uo,Je)
var go=[-3,qt,"ServerException",{[gt]:"server"},[Ot],[0]]
zt.registerError(go,_e)
var mo=[-3,qt,"TooManyTagsException",{[gt]:ct},[Ot],[0]]
zt.registerError(mo,We)
var yo=[-3,qt,"UnsupportedCommandException",{[gt]:ct},[Ot],[0]]
zt.registerError(yo,je)
var Ro=[-3,qt,"UploadNotFoundException",{[gt]:ct},[Ot],[0]]
zt.registerError(Ro,He)
const Eo=[Mt,zt]
var xo=[3,qt,"AuthorizationData",0,["authorizationToken","expiresAt"],[0,4]],fo=[3,qt,"BatchCheckLayerAvailabilityRequest",0,[wt,St,$t],[0,64,0],2],ho=[3,qt,"BatchCheckLayerAvailabilityResponse",0,["layers",mt],[()=>Ls,()=>As]],Po=[3,qt,"BatchDeleteImageRequest",0,[wt,ft,$t],[0,()=>Os,0],2],Io=[3,qt,"BatchDeleteImageResponse",0,[ft,mt],[()=>Os,()=>bs]],Do=[3,qt,"CompleteLayerUploadRequest",0,[wt,Bt,St,$t],[0,0,64,0],3],Co=[3,qt,"CompleteLayerUploadResponse",0,[$t,wt,Bt,bt],[0,0,0,0]],vo=[3,qt,"CreateRepositoryRequest",0,[wt,pt,jt],[0,()=>Rs,()=>ks],1],So=[3,qt,"CreateRepositoryResponse",0,[Ft,pt],[()=>ms,()=>ys]],bo=[3,qt,"DeleteRepositoryPolicyRequest",0,[wt,$t],[0,0],1],Oo=[3,qt,"DeleteRepositoryPolicyResponse",0,[$t,wt,Nt],[0,0,0]],To=[3,qt,"DeleteRepositoryRequest",0,[wt,$t,Et],[0,0,2],1],Ao=[3,qt,"DeleteRepositoryResponse",0,[Ft],[()=>ms]],Lo=[3,qt,"DescribeImagesRequest",0,[wt,$t,ft,At,Tt],[0,0,()=>Os,0,1],1],No=[3,qt,"DescribeImagesResponse",0,["imageDetails",At],[()=>Ss,0]],Fo=[3,qt,"DescribeImageTagsRequest",0,[wt,$t,At,Tt],[0,0,0,1],1],Uo=[3,qt,"DescribeImageTagsResponse",0,["imageTagDetails",At],[()=>Ts,0]],ko=[3,qt,"DescribeRegistriesRequest",0,[At,Tt],[0,1]],$o=[3,qt,"DescribeRegistriesResponse",0,["registries",At],[()=>Fs,0],1],wo=[3,qt,"DescribeRepositoriesRequest",0,[$t,"repositoryNames",At,Tt],[0,64,0,1]],_o=[3,qt,"DescribeRepositoriesResponse",0,["repositories",At],[()=>Us,0]],jo=[3,qt,"GetAuthorizationTokenRequest",0,[],[]],Bo=[3,qt,"GetAuthorizationTokenResponse",0,["authorizationData"],[()=>xo]],Go=[3,qt,"GetRegistryCatalogDataRequest",0,[],[]],qo=[3,qt,"GetRegistryCatalogDataResponse",0,[kt],[()=>gs],1],Mo=[3,qt,"GetRepositoryCatalogDataRequest",0,[wt,$t],[0,0],1],Ho=[3,qt,"GetRepositoryCatalogDataResponse",0,[pt],[()=>ys]],zo=[3,qt,"GetRepositoryPolicyRequest",0,[wt,$t],[0,0],1],Vo=[3,qt,"GetRepositoryPolicyResponse",0,[$t,wt,Nt],[0,0,0]],Ko=[3,qt,"Image",0,[$t,wt,ht,Pt,It],[0,0,()=>Jo,0,0]],Wo=[3,qt,"ImageDetail",0,[$t,wt,xt,"imageTags",Ct,Dt,It,rt],[0,0,0,64,1,4,0,0]],Yo=[3,qt,"ImageFailure",0,[ht,yt,Rt],[()=>Jo,0,0]],Jo=[3,qt,"ImageIdentifier",0,[xt,vt],[0,0]],Xo=[3,qt,"ImageTagDetail",0,[vt,lt,"imageDetail"],[0,4,()=>ps]],Qo=[3,qt,"InitiateLayerUploadRequest",0,[wt,$t],[0,0],1],Zo=[3,qt,"InitiateLayerUploadResponse",0,[Bt,"partSize"],[0,1]],es=[3,qt,"Layer",0,[bt,"layerAvailability","layerSize","mediaType"],[0,0,1,0]],ts=[3,qt,"LayerFailure",0,[bt,yt,Rt],[0,0,0]],os=[3,qt,"ListTagsForResourceRequest",0,[Ut],[0],1],ss=[3,qt,"ListTagsForResourceResponse",0,[jt],[()=>ks]],as=[3,qt,"PutImageRequest",0,[wt,Pt,$t,It,vt,xt],[0,0,0,0,0,0],2],rs=[3,qt,"PutImageResponse",0,["image"],[()=>Ko]],is=[3,qt,"PutRegistryCatalogDataRequest",0,[dt],[0]],ns=[3,qt,"PutRegistryCatalogDataResponse",0,[kt],[()=>gs],1],cs=[3,qt,"PutRepositoryCatalogDataRequest",0,[wt,pt,$t],[0,()=>Rs,0],2],ls=[3,qt,"PutRepositoryCatalogDataResponse",0,[pt],[()=>ys]],ps=[3,qt,"ReferencedImageDetail",0,[xt,Ct,Dt,It,rt],[0,1,4,0,0]],us=[3,qt,"Registry",0,[$t,"registryArn","registryUri","verified","aliases"],[0,0,0,2,()=>Ns],5],ds=[3,qt,"RegistryAlias",0,["name","status","primaryRegistryAlias","defaultRegistryAlias"],[0,0,2,2],4],gs=[3,qt,"RegistryCatalogData",0,[dt],[0]],ms=[3,qt,"Repository",0,["repositoryArn",$t,wt,"repositoryUri",lt],[0,0,0,0,4]],ys=[3,qt,"RepositoryCatalogData",0,[ut,nt,Lt,"logoUrl",it,Gt,"marketplaceCertified"],[0,64,64,0,0,0,2]],Rs=[3,qt,"RepositoryCatalogDataInput",0,[ut,nt,Lt,"logoImageBlob",it,Gt],[0,64,64,21,0,0]],Es=[3,qt,"SetRepositoryPolicyRequest",0,[wt,Nt,$t,Et],[0,0,0,2],2],xs=[3,qt,"SetRepositoryPolicyResponse",0,[$t,wt,Nt],[0,0,0]],fs=[3,qt,"Tag",0,["Key","Value"],[0,0]],hs=[3,qt,"TagResourceRequest",0,[Ut,jt],[0,()=>ks],2],Ps=[3,qt,"TagResourceResponse",0,[],[]],Is=[3,qt,"UntagResourceRequest",0,[Ut,"tagKeys"],[0,64],2],Ds=[3,qt,"UntagResourceResponse",0,[],[]],Cs=[3,qt,"UploadLayerPartRequest",0,[wt,Bt,"partFirstByte","partLastByte","layerPartBlob",$t],[0,0,1,1,21,0],5],vs=[3,qt,"UploadLayerPartResponse",0,[$t,wt,Bt,"lastByteReceived"],[0,0,0,1]],Ss=[1,qt,"ImageDetailList",0,()=>Wo],bs=[1,qt,"ImageFailureList",0,()=>Yo],Os=[1,qt,"ImageIdentifierList",0,()=>Jo],Ts=[1,qt,"ImageTagDetailList",0,()=>Xo],As=[1,qt,"LayerFailureList",0,()=>ts],Ls=[1,qt,"LayerList",0,()=>es],Ns=[1,qt,"RegistryAliasList",0,()=>ds],Fs=[1,qt,"RegistryList",0,()=>us],Us=[1,qt,"RepositoryList",0,()=>ms],ks=[1,qt,"TagList",0,()=>fs],$s=[9,qt,"BatchCheckLayerAvailability",0,()=>fo,()=>ho],ws=[9,qt,"BatchDeleteImage",0,()=>Po,()=>Io],_s=[9,qt,"CompleteLayerUpload",0,()=>Do,()=>Co],js=[9,qt,"CreateRepository",0,()=>vo,()=>So],Bs=[9,qt,"DeleteRepository",0,()=>To,()=>Ao],Gs=[9,qt,"DeleteRepositoryPolicy",0,()=>bo,()=>Oo],qs=[9,qt,"DescribeImages",0,()=>Lo,()=>No],Ms=[9,qt,"DescribeImageTags",0,()=>Fo,()=>Uo],Hs=[9,qt,"DescribeRegistries",0,()=>ko,()=>$o],zs=[9,qt,"DescribeRepositories",0,()=>wo,()=>_o],Vs=[9,qt,"GetAuthorizationToken",0,()=>jo,()=>Bo],Ks=[9,qt,"GetRegistryCatalogData",0,()=>Go,()=>qo],Ws=[9,qt,"GetRepositoryCatalogData",0,()=>Mo,()=>Ho],Ys=[9,qt,"GetRepositoryPolicy",0,()=>zo,()=>Vo],Js=[9,qt,"InitiateLayerUpload",0,()=>Qo,()=>Zo],Xs=[9,qt,"ListTagsForResource",0,()=>os,()=>ss],Qs=[9,qt,"PutImage",0,()=>as,()=>rs],Zs=[9,qt,"PutRegistryCatalogData",0,()=>is,()=>ns],ea=[9,qt,"PutRepositoryCatalogData",0,()=>cs,()=>ls],ta=[9,qt,"SetRepositoryPolicy",0,()=>Es,()=>xs],oa=[9,qt,"TagResource",0,()=>hs,()=>Ps],sa=[9,qt,"UntagResource",0,()=>Is,()=>Ds],aa=[9,qt,"UploadLayerPart",0,()=>Cs,()=>vs]
const ra=e=>{D(process.version)
const t=L(e),o=()=>t().then(C),s=(e=>({apiVersion:"2020-10-30",base64Decoder:e?.base64Decoder??ce,base64Encoder:e?.base64Encoder??ne,disableHostPrefix:e?.disableHostPrefix??!1,endpointProvider:e?.endpointProvider??Fe,extensions:e?.extensions??[],httpAuthSchemeProvider:e?.httpAuthSchemeProvider??ye,httpAuthSchemes:e?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new oe}],logger:e?.logger??new I,protocol:e?.protocol??de,protocolSettings:e?.protocolSettings??{defaultNamespace:"com.amazonaws.ecrpublic",errorTypeRegistries:Eo,xmlNamespace:"http://ecr-public.amazonaws.com/doc/2020-12-02/",version:"2020-10-30",serviceTarget:"SpencerFrontendService"},serviceId:e?.serviceId??"ECR PUBLIC",sha256:e?.sha256??ge,urlParser:e?.urlParser??H,utf8Decoder:e?.utf8Decoder??ie,utf8Encoder:e?.utf8Encoder??re}))(e)
a(process.version)
const n={profile:e?.profile,logger:s.logger}
return{...s,...e,runtime:"node",defaultsMode:t,authSchemePreference:e?.authSchemePreference??N(se,n),bodyLengthChecker:e?.bodyLengthChecker??le,credentialDefaultProvider:e?.credentialDefaultProvider??ae,defaultUserAgentProvider:e?.defaultUserAgentProvider??r({serviceId:s.serviceId,clientVersion:Re}),maxAttempts:e?.maxAttempts??N(J,e),region:e?.region??N(k,{...$,...n}),requestHandler:ue.create(e?.requestHandler??o),retryMode:e?.retryMode??N({...Y,default:async()=>(await o()).retryMode||W},e),streamCollector:e?.streamCollector??pe,useDualstackEndpoint:e?.useDualstackEndpoint??N(U,n),useFipsEndpoint:e?.useFipsEndpoint??N(F,n),userAgentAppId:e?.userAgentAppId??N(i,n)}}
class ia extends b{config
constructor(...[e]){const t=ra(e||{})
super(t),this.initConfig=t
const o=(s=t,Object.assign(s,{useDualstackEndpoint:s.useDualstackEndpoint??!1,useFipsEndpoint:s.useFipsEndpoint??!1,defaultSigningName:"ecr-public"}))
var s
const a=l(o),r=X(a),i=w(r),x=p(i),h=((e,t)=>{const o=Object.assign(n(e),v(e),z(e),(e=>{const t=e.httpAuthSchemes
let o=e.httpAuthSchemeProvider,s=e.credentials
return{setHttpAuthScheme(e){const o=t.findIndex(t=>t.schemeId===e.schemeId);-1===o?t.push(e):t.splice(o,1,e)},httpAuthSchemes:()=>t,setHttpAuthSchemeProvider(e){o=e},httpAuthSchemeProvider:()=>o,setCredentials(e){s=e},credentials:()=>s}})(e))
return t.forEach(e=>e.configure(o)),Object.assign(e,c(o),S(o),V(o),{httpAuthSchemes:(s=o).httpAuthSchemes(),httpAuthSchemeProvider:s.httpAuthSchemeProvider(),credentials:s.credentials()})
var s})((e=>{const t=te(e)
return Object.assign(t,{authSchemePreference:f(e.authSchemePreference??[])})})(q(x)),e?.extensions||[])
this.config=h,this.middlewareStack.use(ee(this.config)),this.middlewareStack.use(u(this.config)),this.middlewareStack.use(Q(this.config)),this.middlewareStack.use(K(this.config)),this.middlewareStack.use(d(this.config)),this.middlewareStack.use(g(this.config)),this.middlewareStack.use(m(this.config)),this.middlewareStack.use(y(this.config,{httpAuthSchemeParametersProvider:me,identityProviderConfigProvider:async e=>new R({"aws.auth#sigv4":e.credentials})})),this.middlewareStack.use(E(this.config))}destroy(){super.destroy()}}const na=O({UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}},"SpencerFrontendService","ECRPUBLICClient",M),ca={},la=(e,t,o,s)=>[]
class pa extends(na(ca,la,"BatchCheckLayerAvailability",$s)){}class ua extends(na(ca,la,"BatchDeleteImage",ws)){}class da extends(na(ca,la,"CompleteLayerUpload",_s)){}class ga extends(na(ca,la,"CreateRepository",js)){}class ma extends(na(ca,la,"DeleteRepository",Bs)){}class ya extends(na(ca,la,"DeleteRepositoryPolicy",Gs)){}class Ra extends(na(ca,la,"DescribeImages",qs)){}class Ea extends(na(ca,la,"DescribeImageTags",Ms)){}class xa extends(na(ca,la,"DescribeRegistries",Hs)){}class fa extends(na(ca,la,"DescribeRepositories",zs)){}class ha extends(na(ca,la,"GetAuthorizationToken",Vs)){}class Pa extends(na(ca,la,"GetRegistryCatalogData",Ks)){}class Ia extends(na(ca,la,"GetRepositoryCatalogData",Ws)){}class Da extends(na(ca,la,"GetRepositoryPolicy",Ys)){}class Ca extends(na(ca,la,"InitiateLayerUpload",Js)){}class va extends(na(ca,la,"ListTagsForResource",Xs)){}class Sa extends(na(ca,la,"PutImage",Qs)){}class ba extends(na(ca,la,"PutRegistryCatalogData",Zs)){}class Oa extends(na(ca,la,"PutRepositoryCatalogData",ea)){}class Ta extends(na(ca,la,"SetRepositoryPolicy",ta)){}class Aa extends(na(ca,la,"TagResource",oa)){}class La extends(na(ca,la,"UntagResource",sa)){}class Na extends(na(ca,la,"UploadLayerPart",aa)){}const Fa=x(ia,Ra,"nextToken","nextToken","maxResults"),Ua=x(ia,Ea,"nextToken","nextToken","maxResults"),ka=x(ia,xa,"nextToken","nextToken","maxResults"),$a=x(ia,fa,"nextToken","nextToken","maxResults"),wa={BatchCheckLayerAvailabilityCommand:pa,BatchDeleteImageCommand:ua,CompleteLayerUploadCommand:da,CreateRepositoryCommand:ga,DeleteRepositoryCommand:ma,DeleteRepositoryPolicyCommand:ya,DescribeImagesCommand:Ra,DescribeImageTagsCommand:Ea,DescribeRegistriesCommand:xa,DescribeRepositoriesCommand:fa,GetAuthorizationTokenCommand:ha,GetRegistryCatalogDataCommand:Pa,GetRepositoryCatalogDataCommand:Ia,GetRepositoryPolicyCommand:Da,InitiateLayerUploadCommand:Ca,ListTagsForResourceCommand:va,PutImageCommand:Sa,PutRegistryCatalogDataCommand:ba,PutRepositoryCatalogDataCommand:Oa,SetRepositoryPolicyCommand:Ta,TagResourceCommand:Aa,UntagResourceCommand:La,UploadLayerPartCommand:Na},_a={paginateDescribeImages:Fa,paginateDescribeImageTags:Ua,paginateDescribeRegistries:ka,paginateDescribeRepositories:$a}
class ja extends ia{}T(wa,ja,{paginators:_a})
t.ECRPUBLICClient=ia}}

