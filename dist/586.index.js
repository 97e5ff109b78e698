export const id=586
export const ids=[586]
export const modules={586:(e,t,s)=>{const{awsEndpointFunctions:o,emitWarningIfUnsupportedVersion:r,createDefaultUserAgentProvider:a,NODE_APP_ID_CONFIG_OPTIONS:n,getAwsRegionExtensionConfiguration:i,resolveAwsRegionExtensionConfiguration:c,resolveUserAgentConfig:u,resolveHostHeaderConfig:l,getUserAgentPlugin:p,getHostHeaderPlugin:d,getLoggerPlugin:g,getRecursionDetectionPlugin:f}=s(5152),{getHttpAuthSchemeEndpointRuleSetPlugin:m,DefaultIdentityProviderConfig:y,getHttpSigningPlugin:x,createPaginator:E}=s(402),{normalizeProvider:T,getSmithyContext:S,ServiceException:C,NoOpLogger:h,emitWarningIfUnsupportedVersion:M,loadConfigsForDefaultMode:v,getDefaultExtensionConfiguration:b,resolveDefaultRuntimeConfig:R,Client:P,makeBuilder:D,createWaiter:O,checkExceptions:I,WaiterState:A,createAggregatedClient:L}=s(2658),{Command:N}=s(2658)
const{resolveDefaultsModeConfig:$,loadConfig:G,NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS:B,NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS:F,NODE_REGION_CONFIG_OPTIONS:w,NODE_REGION_CONFIG_FILE_OPTIONS:U,resolveRegionConfig:k}=s(7291),{BinaryDecisionDiagram:j,EndpointCache:H,decideEndpoint:_,customEndpointFunctions:q,resolveEndpointConfig:V,getEndpointPlugin:z}=s(2085),{parseUrl:K,getHttpHandlerExtensionConfiguration:Y,resolveHttpHandlerRuntimeConfig:Z,getContentLengthPlugin:Q}=s(3422),{DEFAULT_RETRY_MODE:J,NODE_RETRY_MODE_CONFIG_OPTIONS:W,NODE_MAX_ATTEMPT_CONFIG_OPTIONS:X,resolveRetryConfig:ee,getRetryPlugin:te}=s(3609),{TypeRegistry:se,getSchemaSerdePlugin:oe}=s(6890),{resolveAwsSdkSigV4Config:re,AwsSdkSigV4Signer:ae,NODE_AUTH_SCHEME_PREFERENCE_OPTIONS:ne}=s(7523),{defaultProvider:ie}=s(5861),{toUtf8:ce,fromUtf8:ue,toBase64:le,fromBase64:pe,calculateBodyLength:de}=s(2430),{streamCollector:ge,NodeHttpHandler:fe}=s(1279),{AwsQueryProtocol:me}=s(7288),{Sha256:ye}=s(9542),xe=async(e,t,s)=>({operation:S(t).operation,region:await T(e.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()})
const Ee=e=>{const t=[]
return e.operation,t.push(function(e){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"elasticloadbalancing",region:e.region},propertiesExtractor:(e,t)=>({signingProperties:{config:e,context:t}})}}(e)),t}
var Te="3.1141.0"
const Se="ref",Ce=-1,he=!0,Me="isSet",ve="PartitionResult",be="booleanEquals",Re="getAttr",Pe={[Se]:"Endpoint"},De={[Se]:ve},Oe={},Ie=[{[Se]:"Region"}],Ae={conditions:[[Me,[Pe]],[Me,Ie],["aws.partition",Ie,ve],[be,[{[Se]:"UseFIPS"},he]],[be,[{[Se]:"UseDualStack"},he]],[be,[{fn:Re,argv:[De,"supportsDualStack"]},he]],[be,[{fn:Re,argv:[De,"supportsFIPS"]},he]],["stringEquals",[{fn:Re,argv:[De,"name"]},"aws-us-gov"]]],results:[[Ce],[Ce,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Ce,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[Pe,Oe],["https://elasticloadbalancing-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Oe],[Ce,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://elasticloadbalancing.{Region}.amazonaws.com",Oe],["https://elasticloadbalancing-fips.{Region}.{PartitionResult#dnsSuffix}",Oe],[Ce,"FIPS is enabled but this partition does not support FIPS"],["https://elasticloadbalancing.{Region}.{PartitionResult#dualStackDnsSuffix}",Oe],[Ce,"DualStack is enabled but this partition does not support DualStack"],["https://elasticloadbalancing.{Region}.{PartitionResult#dnsSuffix}",Oe],[Ce,"Invalid Configuration: Missing Region"]]},Le=1e8,Ne=new Int32Array([-1,1,-1,0,13,3,1,4,Le+12,2,5,Le+12,3,8,6,4,7,Le+11,5,Le+9,Le+10,4,11,9,6,10,Le+8,7,Le+6,Le+7,5,12,Le+5,6,Le+4,Le+5,3,Le+1,14,4,Le+2,Le+3]),$e=j.from(Ne,2,Ae.conditions,Ae.results),Ge=new H({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),Be=(e,t={})=>Ge.get(e,()=>_($e,{endpointParams:e,logger:t.logger}))
q.aws=o
class Fe extends C{constructor(e){super(e),Object.setPrototypeOf(this,Fe.prototype)}}class we extends Fe{name="CertificateNotFoundException"
$fault="client"
Message
constructor(e){super({name:"CertificateNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,we.prototype),this.Message=e.Message}}class Ue extends Fe{name="ListenerNotFoundException"
$fault="client"
Message
constructor(e){super({name:"ListenerNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,Ue.prototype),this.Message=e.Message}}class ke extends Fe{name="TooManyCertificatesException"
$fault="client"
Message
constructor(e){super({name:"TooManyCertificatesException",$fault:"client",...e}),Object.setPrototypeOf(this,ke.prototype),this.Message=e.Message}}class je extends Fe{name="DuplicateTagKeysException"
$fault="client"
Message
constructor(e){super({name:"DuplicateTagKeysException",$fault:"client",...e}),Object.setPrototypeOf(this,je.prototype),this.Message=e.Message}}class He extends Fe{name="LoadBalancerNotFoundException"
$fault="client"
Message
constructor(e){super({name:"LoadBalancerNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,He.prototype),this.Message=e.Message}}class _e extends Fe{name="RuleNotFoundException"
$fault="client"
Message
constructor(e){super({name:"RuleNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,_e.prototype),this.Message=e.Message}}class qe extends Fe{name="TargetGroupNotFoundException"
$fault="client"
Message
constructor(e){super({name:"TargetGroupNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,qe.prototype),this.Message=e.Message}}class Ve extends Fe{name="TooManyTagsException"
$fault="client"
Message
constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,Ve.prototype),this.Message=e.Message}}class ze extends Fe{name="TrustStoreNotFoundException"
$fault="client"
Message
constructor(e){super({name:"TrustStoreNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,ze.prototype),this.Message=e.Message}}class Ke extends Fe{name="InvalidRevocationContentException"
$fault="client"
Message
constructor(e){super({name:"InvalidRevocationContentException",$fault:"client",...e}),Object.setPrototypeOf(this,Ke.prototype),this.Message=e.Message}}class Ye extends Fe{name="RevocationContentNotFoundException"
$fault="client"
Message
constructor(e){super({name:"RevocationContentNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,Ye.prototype),this.Message=e.Message}}class Ze extends Fe{name="TooManyTrustStoreRevocationEntriesException"
$fault="client"
Message
constructor(e){super({name:"TooManyTrustStoreRevocationEntriesException",$fault:"client",...e}),Object.setPrototypeOf(this,Ze.prototype),this.Message=e.Message}}class Qe extends Fe{name="AllocationIdNotFoundException"
$fault="client"
Message
constructor(e){super({name:"AllocationIdNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,Qe.prototype),this.Message=e.Message}}class Je extends Fe{name="ALPNPolicyNotSupportedException"
$fault="client"
Message
constructor(e){super({name:"ALPNPolicyNotSupportedException",$fault:"client",...e}),Object.setPrototypeOf(this,Je.prototype),this.Message=e.Message}}class We extends Fe{name="AvailabilityZoneNotSupportedException"
$fault="client"
Message
constructor(e){super({name:"AvailabilityZoneNotSupportedException",$fault:"client",...e}),Object.setPrototypeOf(this,We.prototype),this.Message=e.Message}}class Xe extends Fe{name="CaCertificatesBundleNotFoundException"
$fault="client"
Message
constructor(e){super({name:"CaCertificatesBundleNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,Xe.prototype),this.Message=e.Message}}class et extends Fe{name="CapacityDecreaseRequestsLimitExceededException"
$fault="client"
Message
constructor(e){super({name:"CapacityDecreaseRequestsLimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,et.prototype),this.Message=e.Message}}class tt extends Fe{name="CapacityReservationPendingException"
$fault="client"
Message
constructor(e){super({name:"CapacityReservationPendingException",$fault:"client",...e}),Object.setPrototypeOf(this,tt.prototype),this.Message=e.Message}}class st extends Fe{name="CapacityUnitsLimitExceededException"
$fault="client"
Message
constructor(e){super({name:"CapacityUnitsLimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,st.prototype),this.Message=e.Message}}class ot extends Fe{name="DuplicateListenerException"
$fault="client"
Message
constructor(e){super({name:"DuplicateListenerException",$fault:"client",...e}),Object.setPrototypeOf(this,ot.prototype),this.Message=e.Message}}class rt extends Fe{name="IncompatibleProtocolsException"
$fault="client"
Message
constructor(e){super({name:"IncompatibleProtocolsException",$fault:"client",...e}),Object.setPrototypeOf(this,rt.prototype),this.Message=e.Message}}class at extends Fe{name="InvalidConfigurationRequestException"
$fault="client"
Message
constructor(e){super({name:"InvalidConfigurationRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,at.prototype),this.Message=e.Message}}class nt extends Fe{name="InvalidLoadBalancerActionException"
$fault="client"
Message
constructor(e){super({name:"InvalidLoadBalancerActionException",$fault:"client",...e}),Object.setPrototypeOf(this,nt.prototype),this.Message=e.Message}}class it extends Fe{name="SSLPolicyNotFoundException"
$fault="client"
Message
constructor(e){super({name:"SSLPolicyNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,it.prototype),this.Message=e.Message}}class ct extends Fe{name="TargetGroupAssociationLimitException"
$fault="client"
Message
constructor(e){super({name:"TargetGroupAssociationLimitException",$fault:"client",...e}),Object.setPrototypeOf(this,ct.prototype),this.Message=e.Message}}class ut extends Fe{name="TooManyActionsException"
$fault="client"
Message
constructor(e){super({name:"TooManyActionsException",$fault:"client",...e}),Object.setPrototypeOf(this,ut.prototype),this.Message=e.Message}}class lt extends Fe{name="TooManyListenersException"
$fault="client"
Message
constructor(e){super({name:"TooManyListenersException",$fault:"client",...e}),Object.setPrototypeOf(this,lt.prototype),this.Message=e.Message}}class pt extends Fe{name="TooManyRegistrationsForTargetIdException"
$fault="client"
Message
constructor(e){super({name:"TooManyRegistrationsForTargetIdException",$fault:"client",...e}),Object.setPrototypeOf(this,pt.prototype),this.Message=e.Message}}class dt extends Fe{name="TooManyTargetsException"
$fault="client"
Message
constructor(e){super({name:"TooManyTargetsException",$fault:"client",...e}),Object.setPrototypeOf(this,dt.prototype),this.Message=e.Message}}class gt extends Fe{name="TooManyUniqueTargetGroupsPerLoadBalancerException"
$fault="client"
Message
constructor(e){super({name:"TooManyUniqueTargetGroupsPerLoadBalancerException",$fault:"client",...e}),Object.setPrototypeOf(this,gt.prototype),this.Message=e.Message}}class ft extends Fe{name="TrustStoreNotReadyException"
$fault="client"
Message
constructor(e){super({name:"TrustStoreNotReadyException",$fault:"client",...e}),Object.setPrototypeOf(this,ft.prototype),this.Message=e.Message}}class mt extends Fe{name="UnsupportedProtocolException"
$fault="client"
Message
constructor(e){super({name:"UnsupportedProtocolException",$fault:"client",...e}),Object.setPrototypeOf(this,mt.prototype),this.Message=e.Message}}class yt extends Fe{name="DuplicateLoadBalancerNameException"
$fault="client"
Message
constructor(e){super({name:"DuplicateLoadBalancerNameException",$fault:"client",...e}),Object.setPrototypeOf(this,yt.prototype),this.Message=e.Message}}class xt extends Fe{name="InvalidSchemeException"
$fault="client"
Message
constructor(e){super({name:"InvalidSchemeException",$fault:"client",...e}),Object.setPrototypeOf(this,xt.prototype),this.Message=e.Message}}class Et extends Fe{name="InvalidSecurityGroupException"
$fault="client"
Message
constructor(e){super({name:"InvalidSecurityGroupException",$fault:"client",...e}),Object.setPrototypeOf(this,Et.prototype),this.Message=e.Message}}class Tt extends Fe{name="InvalidSubnetException"
$fault="client"
Message
constructor(e){super({name:"InvalidSubnetException",$fault:"client",...e}),Object.setPrototypeOf(this,Tt.prototype),this.Message=e.Message}}class St extends Fe{name="OperationNotPermittedException"
$fault="client"
Message
constructor(e){super({name:"OperationNotPermittedException",$fault:"client",...e}),Object.setPrototypeOf(this,St.prototype),this.Message=e.Message}}class Ct extends Fe{name="ResourceInUseException"
$fault="client"
Message
constructor(e){super({name:"ResourceInUseException",$fault:"client",...e}),Object.setPrototypeOf(this,Ct.prototype),this.Message=e.Message}}class ht extends Fe{name="SubnetNotFoundException"
$fault="client"
Message
constructor(e){super({name:"SubnetNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,ht.prototype),this.Message=e.Message}}class Mt extends Fe{name="TooManyLoadBalancersException"
$fault="client"
Message
constructor(e){super({name:"TooManyLoadBalancersException",$fault:"client",...e}),Object.setPrototypeOf(this,Mt.prototype),this.Message=e.Message}}class vt extends Fe{name="PriorityInUseException"
$fault="client"
Message
constructor(e){super({name:"PriorityInUseException",$fault:"client",...e}),Object.setPrototypeOf(this,vt.prototype),this.Message=e.Message}}class bt extends Fe{name="TooManyRulesException"
$fault="client"
Message
constructor(e){super({name:"TooManyRulesException",$fault:"client",...e}),Object.setPrototypeOf(this,bt.prototype),this.Message=e.Message}}class Rt extends Fe{name="TooManyTargetGroupsException"
$fault="client"
Message
constructor(e){super({name:"TooManyTargetGroupsException",$fault:"client",...e}),Object.setPrototypeOf(this,Rt.prototype),this.Message=e.Message}}class Pt extends Fe{name="DuplicateTargetGroupNameException"
$fault="client"
Message
constructor(e){super({name:"DuplicateTargetGroupNameException",$fault:"client",...e}),Object.setPrototypeOf(this,Pt.prototype),this.Message=e.Message}}class Dt extends Fe{name="DuplicateTrustStoreNameException"
$fault="client"
Message
constructor(e){super({name:"DuplicateTrustStoreNameException",$fault:"client",...e}),Object.setPrototypeOf(this,Dt.prototype),this.Message=e.Message}}class Ot extends Fe{name="InvalidCaCertificatesBundleException"
$fault="client"
Message
constructor(e){super({name:"InvalidCaCertificatesBundleException",$fault:"client",...e}),Object.setPrototypeOf(this,Ot.prototype),this.Message=e.Message}}class It extends Fe{name="TooManyTrustStoresException"
$fault="client"
Message
constructor(e){super({name:"TooManyTrustStoresException",$fault:"client",...e}),Object.setPrototypeOf(this,It.prototype),this.Message=e.Message}}class At extends Fe{name="DeleteAssociationSameAccountException"
$fault="client"
Message
constructor(e){super({name:"DeleteAssociationSameAccountException",$fault:"client",...e}),Object.setPrototypeOf(this,At.prototype),this.Message=e.Message}}class Lt extends Fe{name="TrustStoreAssociationNotFoundException"
$fault="client"
Message
constructor(e){super({name:"TrustStoreAssociationNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,Lt.prototype),this.Message=e.Message}}class Nt extends Fe{name="TrustStoreInUseException"
$fault="client"
Message
constructor(e){super({name:"TrustStoreInUseException",$fault:"client",...e}),Object.setPrototypeOf(this,Nt.prototype),this.Message=e.Message}}class $t extends Fe{name="InvalidTargetException"
$fault="client"
Message
constructor(e){super({name:"InvalidTargetException",$fault:"client",...e}),Object.setPrototypeOf(this,$t.prototype),this.Message=e.Message}}class Gt extends Fe{name="HealthUnavailableException"
$fault="server"
Message
constructor(e){super({name:"HealthUnavailableException",$fault:"server",...e}),Object.setPrototypeOf(this,Gt.prototype),this.Message=e.Message}}class Bt extends Fe{name="RevocationIdNotFoundException"
$fault="client"
Message
constructor(e){super({name:"RevocationIdNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,Bt.prototype),this.Message=e.Message}}class Ft extends Fe{name="ResourceNotFoundException"
$fault="client"
Message
constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,Ft.prototype),this.Message=e.Message}}class wt extends Fe{name="InsufficientCapacityException"
$fault="server"
Message
constructor(e){super({name:"InsufficientCapacityException",$fault:"server",...e}),Object.setPrototypeOf(this,wt.prototype),this.Message=e.Message}}class Ut extends Fe{name="PriorRequestNotCompleteException"
$fault="client"
Message
constructor(e){super({name:"PriorRequestNotCompleteException",$fault:"client",...e}),Object.setPrototypeOf(this,Ut.prototype),this.Message=e.Message}}const kt="AnomalyDetection",jt="AllocationId",Ht="AdministrativeOverride",_t="AlpnPolicy",qt="AuthenticationRequestExtraParams",Vt="AvailabilityZone",zt="AvailabilityZones",Kt="Actions",Yt="Attributes",Zt="Certificates",Qt="CaCertificatesBundleS3Bucket",Jt="CaCertificatesBundleS3Key",Wt="CaCertificatesBundleS3ObjectVersion",Xt="CustomerOwnedIpv4Pool",es="CapacityReservationState",ts="Ciphers",ss="Code",os="Conditions",rs="Description",as="DefaultActions",ns="DecreaseRequestsRemaining",is="EnablePrefixForIpv6SourceNat",cs="EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic",us="HealthCheckEnabled",ls="HealthCheckIntervalSeconds",ps="HealthCheckProtocol",ds="HealthCheckPort",gs="HealthCheckPath",fs="HealthCheckTimeoutSeconds",ms="HostHeaderRewriteConfig",ys="HealthyThresholdCount",xs="Issuer",Es="IpAddressType",Ts="IsDefault",Ss="IpamPools",Cs="IPv6Address",hs="Key",Ms="Listeners",vs="ListenerArn",bs="LoadBalancers",Rs="LoadBalancerAddresses",Ps="LoadBalancerArn",Ds="LoadBalancerArns",Os="LastModifiedTime",Is="Limits",As="Location",Ls="Message",Ns="MutualAuthentication",$s="MinimumLoadBalancerCapacity",Gs="Matcher",Bs="Marker",Fs="Name",ws="NextMarker",Us="NumberOfRevokedEntries",ks="Names",js="OnUnauthenticatedRequest",Hs="Priority",_s="PrivateIPv4Address",qs="PageSize",Vs="ProtocolVersion",zs="Port",Ks="Protocol",Ys="Reason",Zs="ResourceArns",Qs="ResourceArn",Js="RuleArn",Ws="RevocationContents",Xs="RevocationId",eo="RevocationIds",to="RevocationType",so="RegexValues",oo="Rewrites",ro="Rules",ao="State",no="StatusCode",io="SessionCookieName",co="SecurityGroups",uo="SubnetId",lo="SubnetMappings",po="SslPolicy",go="SslPolicies",fo="SessionTimeout",mo="Scope",yo="Scheme",xo="Subnets",Eo="Type",To="TargetControlPort",So="TagDescriptions",Co="TargetGroups",ho="TargetGroupArn",Mo="TargetGroupStickinessConfig",vo="TargetHealth",bo="TargetHealthDescriptions",Ro="TrustStores",Po="TrustStoreArn",Do="TrustStoreAssociations",Oo="TrustStoreRevocations",Io="TargetType",Ao="Tags",Lo="Targets",No="Transforms",$o="UrlRewriteConfig",Go="UnhealthyThresholdCount",Bo="Values",Fo="VpcId",wo="Value",Uo="awsQueryError",ko="client",jo="error",Ho="httpError",_o="smithy.ts.sdk.synthetic.com.amazonaws.elasticloadbalancingv2",qo="server",Vo="com.amazonaws.elasticloadbalancingv2",zo=new se(_o)
var Ko=[-3,_o,"ElasticLoadBalancingV2ServiceException",0,[],[]]
zo.registerError(Ko,Fe)
const Yo=new se(Vo)
var Zo=[-3,Vo,"AllocationIdNotFoundException",{[Uo]:["AllocationIdNotFound",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Zo,Qe)
var Qo=[-3,Vo,"ALPNPolicyNotSupportedException",{[Uo]:["ALPNPolicyNotFound",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Qo,Je)
var Jo=[-3,Vo,"AvailabilityZoneNotSupportedException",{[Uo]:["AvailabilityZoneNotSupported",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Jo,We)
var Wo=[-3,Vo,"CaCertificatesBundleNotFoundException",{[Uo]:["CaCertificatesBundleNotFound",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Wo,Xe)
var Xo=[-3,Vo,"CapacityDecreaseRequestsLimitExceededException",{[Uo]:["CapacityDecreaseRequestLimitExceeded",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Xo,et)
var er=[-3,Vo,"CapacityReservationPendingException",{[Uo]:["CapacityReservationPending",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(er,tt)
var tr=[-3,Vo,"CapacityUnitsLimitExceededException",{[Uo]:["CapacityUnitsLimitExceeded",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(tr,st)
var sr=[-3,Vo,"CertificateNotFoundException",{[Uo]:["CertificateNotFound",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(sr,we)
var or=[-3,Vo,"DeleteAssociationSameAccountException",{[Uo]:["DeleteAssociationSameAccount",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(or,At)
var rr=[-3,Vo,"DuplicateListenerException",{[Uo]:["DuplicateListener",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(rr,ot)
var ar=[-3,Vo,"DuplicateLoadBalancerNameException",{[Uo]:["DuplicateLoadBalancerName",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(ar,yt)
var nr=[-3,Vo,"DuplicateTagKeysException",{[Uo]:["DuplicateTagKeys",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(nr,je)
var ir=[-3,Vo,"DuplicateTargetGroupNameException",{[Uo]:["DuplicateTargetGroupName",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(ir,Pt)
var cr=[-3,Vo,"DuplicateTrustStoreNameException",{[Uo]:["DuplicateTrustStoreName",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(cr,Dt)
var ur=[-3,Vo,"HealthUnavailableException",{[Uo]:["HealthUnavailable",500],[jo]:qo,[Ho]:500},[Ls],[0]]
Yo.registerError(ur,Gt)
var lr=[-3,Vo,"IncompatibleProtocolsException",{[Uo]:["IncompatibleProtocols",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(lr,rt)
var pr=[-3,Vo,"InsufficientCapacityException",{[Uo]:["InsufficientCapacity",500],[jo]:qo,[Ho]:500},[Ls],[0]]
Yo.registerError(pr,wt)
var dr=[-3,Vo,"InvalidCaCertificatesBundleException",{[Uo]:["InvalidCaCertificatesBundle",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(dr,Ot)
var gr=[-3,Vo,"InvalidConfigurationRequestException",{[Uo]:["InvalidConfigurationRequest",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(gr,at)
var fr=[-3,Vo,"InvalidLoadBalancerActionException",{[Uo]:["InvalidLoadBalancerAction",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(fr,nt)
var mr=[-3,Vo,"InvalidRevocationContentException",{[Uo]:["InvalidRevocationContent",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(mr,Ke)
var yr=[-3,Vo,"InvalidSchemeException",{[Uo]:["InvalidScheme",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(yr,xt)
var xr=[-3,Vo,"InvalidSecurityGroupException",{[Uo]:["InvalidSecurityGroup",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(xr,Et)
var Er=[-3,Vo,"InvalidSubnetException",{[Uo]:["InvalidSubnet",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Er,Tt)
var Tr=[-3,Vo,"InvalidTargetException",{[Uo]:["InvalidTarget",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Tr,$t)
var Sr=[-3,Vo,"ListenerNotFoundException",{[Uo]:["ListenerNotFound",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Sr,Ue)
var Cr=[-3,Vo,"LoadBalancerNotFoundException",{[Uo]:["LoadBalancerNotFound",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Cr,He)
var hr=[-3,Vo,"OperationNotPermittedException",{[Uo]:["OperationNotPermitted",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(hr,St)
var Mr=[-3,Vo,"PriorityInUseException",{[Uo]:["PriorityInUse",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Mr,vt)
var vr=[-3,Vo,"PriorRequestNotCompleteException",{[Uo]:["PriorRequestNotComplete",429],[jo]:ko,[Ho]:429},[Ls],[0]]
Yo.registerError(vr,Ut)
var br=[-3,Vo,"ResourceInUseException",{[Uo]:["ResourceInUse",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(br,Ct)
var Rr=[-3,Vo,"ResourceNotFoundException",{[Uo]:["ResourceNotFound",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Rr,Ft)
var Pr=[-3,Vo,"RevocationContentNotFoundException",{[Uo]:["RevocationContentNotFound",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Pr,Ye)
var Dr=[-3,Vo,"RevocationIdNotFoundException",{[Uo]:["RevocationIdNotFound",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Dr,Bt)
var Or=[-3,Vo,"RuleNotFoundException",{[Uo]:["RuleNotFound",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Or,_e)
var Ir=[-3,Vo,"SSLPolicyNotFoundException",{[Uo]:["SSLPolicyNotFound",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Ir,it)
var Ar=[-3,Vo,"SubnetNotFoundException",{[Uo]:["SubnetNotFound",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Ar,ht)
var Lr=[-3,Vo,"TargetGroupAssociationLimitException",{[Uo]:["TargetGroupAssociationLimit",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Lr,ct)
var Nr=[-3,Vo,"TargetGroupNotFoundException",{[Uo]:["TargetGroupNotFound",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Nr,qe)
var $r=[-3,Vo,"TooManyActionsException",{[Uo]:["TooManyActions",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError($r,ut)
var Gr=[-3,Vo,"TooManyCertificatesException",{[Uo]:["TooManyCertificates",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Gr,ke)
var Br=[-3,Vo,"TooManyListenersException",{[Uo]:["TooManyListeners",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Br,lt)
var Fr=[-3,Vo,"TooManyLoadBalancersException",{[Uo]:["TooManyLoadBalancers",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Fr,Mt)
var wr=[-3,Vo,"TooManyRegistrationsForTargetIdException",{[Uo]:["TooManyRegistrationsForTargetId",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(wr,pt)
var Ur=[-3,Vo,"TooManyRulesException",{[Uo]:["TooManyRules",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Ur,bt)
var kr=[-3,Vo,"TooManyTagsException",{[Uo]:["TooManyTags",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(kr,Ve)
var jr=[-3,Vo,"TooManyTargetGroupsException",{[Uo]:["TooManyTargetGroups",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(jr,Rt)
var Hr=[-3,Vo,"TooManyTargetsException",{[Uo]:["TooManyTargets",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Hr,dt)
var _r=[-3,Vo,"TooManyTrustStoreRevocationEntriesException",{[Uo]:["TooManyTrustStoreRevocationEntries",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(_r,Ze)
var qr=[-3,Vo,"TooManyTrustStoresException",{[Uo]:["TooManyTrustStores",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(qr,It)
var Vr=[-3,Vo,"TooManyUniqueTargetGroupsPerLoadBalancerException",{[Uo]:["TooManyUniqueTargetGroupsPerLoadBalancer",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Vr,gt)
var zr=[-3,Vo,"TrustStoreAssociationNotFoundException",{[Uo]:["AssociationNotFound",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(zr,Lt)
var Kr=[-3,Vo,"TrustStoreInUseException",{[Uo]:["TrustStoreInUse",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Kr,Nt)
var Yr=[-3,Vo,"TrustStoreNotFoundException",{[Uo]:["TrustStoreNotFound",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Yr,ze)
var Zr=[-3,Vo,"TrustStoreNotReadyException",{[Uo]:["TrustStoreNotReady",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Zr,ft)
var Qr=[-3,Vo,"UnsupportedProtocolException",{[Uo]:["UnsupportedProtocol",400],[jo]:ko,[Ho]:400},[Ls],[0]]
Yo.registerError(Qr,mt)
const Jr=[zo,Yo]
var Wr=[3,Vo,"Action",0,[Eo,ho,"AuthenticateOidcConfig","AuthenticateCognitoConfig","Order","RedirectConfig","FixedResponseConfig","ForwardConfig","JwtValidationConfig"],[0,0,()=>ca,()=>ia,1,()=>ui,()=>xn,()=>En,()=>An],1],Xr=[3,Vo,"AddListenerCertificatesInput",0,[vs,Zt],[0,()=>Ji],2],ea=[3,Vo,"AddListenerCertificatesOutput",0,[Zt],[()=>Ji]],ta=[3,Vo,"AddTagsInput",0,[Zs,Ao],[64,()=>xc],2],sa=[3,Vo,"AddTagsOutput",0,[],[]],oa=[3,Vo,"AddTrustStoreRevocationsInput",0,[Po,Ws],[0,()=>cc],1],ra=[3,Vo,"AddTrustStoreRevocationsOutput",0,[Oo],[()=>vc]],aa=[3,Vo,Ht,0,[ao,Ys,rs],[0,0,0]],na=[3,Vo,kt,0,["Result","MitigationInEffect"],[0,0]],ia=[3,Vo,"AuthenticateCognitoActionConfig",0,["UserPoolArn","UserPoolClientId","UserPoolDomain",io,mo,fo,qt,js],[0,0,0,0,0,1,128,0],3],ca=[3,Vo,"AuthenticateOidcActionConfig",0,[xs,"AuthorizationEndpoint","TokenEndpoint","UserInfoEndpoint","ClientId","ClientSecret",io,mo,fo,qt,js,"UseExistingClientSecret"],[0,0,0,0,0,0,0,0,1,128,0,2],5],ua=[3,Vo,Vt,0,["ZoneName",uo,"OutpostId",Rs,"SourceNatIpv6Prefixes"],[0,0,0,()=>rc,64]],la=[3,Vo,"CapacityReservationStatus",0,[ss,Ys],[0,0]],pa=[3,Vo,"Certificate",0,["CertificateArn",Ts],[0,2]],da=[3,Vo,"Cipher",0,[Fs,Hs],[0,1]],ga=[3,Vo,"CreateListenerInput",0,[Ps,as,Ks,zs,po,Zt,_t,Ao,Ns],[0,()=>Zi,0,1,0,()=>Ji,64,()=>xc,()=>ai],2],fa=[3,Vo,"CreateListenerOutput",0,[Ms],[()=>oc]],ma=[3,Vo,"CreateLoadBalancerInput",0,[Fs,xo,lo,co,yo,Ao,Eo,Es,Xt,is,Ss],[0,64,()=>mc,64,0,()=>xc,0,0,0,0,()=>On],1],ya=[3,Vo,"CreateLoadBalancerOutput",0,[bs],[()=>nc]],xa=[3,Vo,"CreateRuleInput",0,[vs,os,Hs,Kt,Ao,No],[0,()=>lc,1,()=>Zi,()=>xc,()=>gc],4],Ea=[3,Vo,"CreateRuleOutput",0,[ro],[()=>dc]],Ta=[3,Vo,"CreateTargetGroupInput",0,[Fs,Ks,Vs,zs,Fo,ps,ds,us,gs,ls,fs,ys,Go,Gs,Io,Ao,Es,To],[0,0,0,1,0,0,0,2,0,1,1,1,1,()=>Un,0,()=>xc,0,1],1],Sa=[3,Vo,"CreateTargetGroupOutput",0,[Co],[()=>Cc]],Ca=[3,Vo,"CreateTrustStoreInput",0,[Fs,Qt,Jt,Wt,Ao],[0,0,0,0,()=>xc],3],ha=[3,Vo,"CreateTrustStoreOutput",0,[Ro],[()=>bc]],Ma=[3,Vo,"DeleteListenerInput",0,[vs],[0],1],va=[3,Vo,"DeleteListenerOutput",0,[],[]],ba=[3,Vo,"DeleteLoadBalancerInput",0,[Ps],[0],1],Ra=[3,Vo,"DeleteLoadBalancerOutput",0,[],[]],Pa=[3,Vo,"DeleteRuleInput",0,[Js],[0],1],Da=[3,Vo,"DeleteRuleOutput",0,[],[]],Oa=[3,Vo,"DeleteSharedTrustStoreAssociationInput",0,[Po,Qs],[0,0],2],Ia=[3,Vo,"DeleteSharedTrustStoreAssociationOutput",0,[],[]],Aa=[3,Vo,"DeleteTargetGroupInput",0,[ho],[0],1],La=[3,Vo,"DeleteTargetGroupOutput",0,[],[]],Na=[3,Vo,"DeleteTrustStoreInput",0,[Po],[0],1],$a=[3,Vo,"DeleteTrustStoreOutput",0,[],[]],Ga=[3,Vo,"DeregisterTargetsInput",0,[ho,Lo],[0,()=>Ec],2],Ba=[3,Vo,"DeregisterTargetsOutput",0,[],[]],Fa=[3,Vo,"DescribeAccountLimitsInput",0,[Bs,qs],[0,1]],wa=[3,Vo,"DescribeAccountLimitsOutput",0,[Is,ws],[()=>tc,0]],Ua=[3,Vo,"DescribeCapacityReservationInput",0,[Ps],[0],1],ka=[3,Vo,"DescribeCapacityReservationOutput",0,[Os,ns,$s,es],[4,1,()=>kn,()=>Rc]],ja=[3,Vo,"DescribeListenerAttributesInput",0,[vs],[0],1],Ha=[3,Vo,"DescribeListenerAttributesOutput",0,[Yt],[()=>sc]],_a=[3,Vo,"DescribeListenerCertificatesInput",0,[vs,Bs,qs],[0,0,1],1],qa=[3,Vo,"DescribeListenerCertificatesOutput",0,[Zt,ws],[()=>Ji,0]],Va=[3,Vo,"DescribeListenersInput",0,[Ps,"ListenerArns",Bs,qs],[0,64,0,1]],za=[3,Vo,"DescribeListenersOutput",0,[Ms,ws],[()=>oc,0]],Ka=[3,Vo,"DescribeLoadBalancerAttributesInput",0,[Ps],[0],1],Ya=[3,Vo,"DescribeLoadBalancerAttributesOutput",0,[Yt],[()=>ac]],Za=[3,Vo,"DescribeLoadBalancersInput",0,[Ds,ks,Bs,qs],[64,64,0,1]],Qa=[3,Vo,"DescribeLoadBalancersOutput",0,[bs,ws],[()=>nc,0]],Ja=[3,Vo,"DescribeRulesInput",0,[vs,"RuleArns",Bs,qs],[0,64,0,1]],Wa=[3,Vo,"DescribeRulesOutput",0,[ro,ws],[()=>dc,0]],Xa=[3,Vo,"DescribeSSLPoliciesInput",0,[ks,Bs,qs,"LoadBalancerType"],[64,0,1,0]],en=[3,Vo,"DescribeSSLPoliciesOutput",0,[go,ws],[()=>fc,0]],tn=[3,Vo,"DescribeTagsInput",0,[Zs],[64],1],sn=[3,Vo,"DescribeTagsOutput",0,[So],[()=>yc]],on=[3,Vo,"DescribeTargetGroupAttributesInput",0,[ho],[0],1],rn=[3,Vo,"DescribeTargetGroupAttributesOutput",0,[Yt],[()=>Tc]],an=[3,Vo,"DescribeTargetGroupsInput",0,[Ps,"TargetGroupArns",ks,Bs,qs],[0,64,64,0,1]],nn=[3,Vo,"DescribeTargetGroupsOutput",0,[Co,ws],[()=>Cc,0]],cn=[3,Vo,"DescribeTargetHealthInput",0,[ho,Lo,"Include"],[0,()=>Ec,64],1],un=[3,Vo,"DescribeTargetHealthOutput",0,[bo],[()=>hc]],ln=[3,Vo,"DescribeTrustStoreAssociationsInput",0,[Po,Bs,qs],[0,0,1],1],pn=[3,Vo,"DescribeTrustStoreAssociationsOutput",0,[Do,ws],[()=>Mc,0]],dn=[3,Vo,"DescribeTrustStoreRevocation",0,[Po,Xs,to,Us],[0,1,0,1]],gn=[3,Vo,"DescribeTrustStoreRevocationsInput",0,[Po,eo,Bs,qs],[0,65,0,1],1],fn=[3,Vo,"DescribeTrustStoreRevocationsOutput",0,[Oo,ws],[()=>Xi,0]],mn=[3,Vo,"DescribeTrustStoresInput",0,["TrustStoreArns",ks,Bs,qs],[64,64,0,1]],yn=[3,Vo,"DescribeTrustStoresOutput",0,[Ro,ws],[()=>bc,0]],xn=[3,Vo,"FixedResponseActionConfig",0,[no,"MessageBody","ContentType"],[0,0,0],1],En=[3,Vo,"ForwardActionConfig",0,[Co,Mo],[()=>Sc,()=>ki]],Tn=[3,Vo,"GetResourcePolicyInput",0,[Qs],[0],1],Sn=[3,Vo,"GetResourcePolicyOutput",0,["Policy"],[0]],Cn=[3,Vo,"GetTrustStoreCaCertificatesBundleInput",0,[Po],[0],1],hn=[3,Vo,"GetTrustStoreCaCertificatesBundleOutput",0,[As],[0]],Mn=[3,Vo,"GetTrustStoreRevocationContentInput",0,[Po,Xs],[0,1],2],vn=[3,Vo,"GetTrustStoreRevocationContentOutput",0,[As],[0]],bn=[3,Vo,"HostHeaderConditionConfig",0,[Bo,so],[64,64]],Rn=[3,Vo,ms,0,[oo],[()=>uc]],Pn=[3,Vo,"HttpHeaderConditionConfig",0,["HttpHeaderName",Bo,so],[0,64,64]],Dn=[3,Vo,"HttpRequestMethodConditionConfig",0,[Bo],[64]],On=[3,Vo,Ss,0,["Ipv4IpamPoolId"],[0]],In=[3,Vo,"JwtValidationActionAdditionalClaim",0,["Format",Fs,Bo],[0,0,64],3],An=[3,Vo,"JwtValidationActionConfig",0,["JwksEndpoint",xs,"AdditionalClaims"],[0,0,()=>ec],2],Ln=[3,Vo,"Limit",0,[Fs,"Max"],[0,0]],Nn=[3,Vo,"Listener",0,[vs,Ps,zs,Ks,Zt,po,as,_t,Ns],[0,0,1,0,()=>Ji,0,()=>Zi,64,()=>ai]],$n=[3,Vo,"ListenerAttribute",0,[hs,wo],[0,0]],Gn=[3,Vo,"LoadBalancer",0,[Ps,"DNSName","CanonicalHostedZoneId","CreatedTime","LoadBalancerName",yo,Fo,ao,Eo,zt,co,Es,Xt,cs,is,Ss],[0,0,0,4,0,0,0,()=>wn,0,()=>Qi,64,0,0,0,0,()=>On]],Bn=[3,Vo,"LoadBalancerAddress",0,["IpAddress",jt,_s,Cs],[0,0,0,0]],Fn=[3,Vo,"LoadBalancerAttribute",0,[hs,wo],[0,0]],wn=[3,Vo,"LoadBalancerState",0,[ss,Ys],[0,0]],Un=[3,Vo,Gs,0,["HttpCode","GrpcCode"],[0,0]],kn=[3,Vo,$s,0,["CapacityUnits"],[1]],jn=[3,Vo,"ModifyCapacityReservationInput",0,[Ps,$s,"ResetCapacityReservation"],[0,()=>kn,2],1],Hn=[3,Vo,"ModifyCapacityReservationOutput",0,[Os,ns,$s,es],[4,1,()=>kn,()=>Rc]],_n=[3,Vo,"ModifyIpPoolsInput",0,[Ps,Ss,"RemoveIpamPools"],[0,()=>On,64],1],qn=[3,Vo,"ModifyIpPoolsOutput",0,[Ss],[()=>On]],Vn=[3,Vo,"ModifyListenerAttributesInput",0,[vs,Yt],[0,()=>sc],2],zn=[3,Vo,"ModifyListenerAttributesOutput",0,[Yt],[()=>sc]],Kn=[3,Vo,"ModifyListenerInput",0,[vs,zs,Ks,po,Zt,as,_t,Ns],[0,1,0,0,()=>Ji,()=>Zi,64,()=>ai],1],Yn=[3,Vo,"ModifyListenerOutput",0,[Ms],[()=>oc]],Zn=[3,Vo,"ModifyLoadBalancerAttributesInput",0,[Ps,Yt],[0,()=>ac],2],Qn=[3,Vo,"ModifyLoadBalancerAttributesOutput",0,[Yt],[()=>ac]],Jn=[3,Vo,"ModifyRuleInput",0,[Js,os,Kt,No,"ResetTransforms"],[0,()=>lc,()=>Zi,()=>gc,2],1],Wn=[3,Vo,"ModifyRuleOutput",0,[ro],[()=>dc]],Xn=[3,Vo,"ModifyTargetGroupAttributesInput",0,[ho,Yt],[0,()=>Tc],2],ei=[3,Vo,"ModifyTargetGroupAttributesOutput",0,[Yt],[()=>Tc]],ti=[3,Vo,"ModifyTargetGroupInput",0,[ho,ps,ds,gs,us,ls,fs,ys,Go,Gs],[0,0,0,0,2,1,1,1,1,()=>Un],1],si=[3,Vo,"ModifyTargetGroupOutput",0,[Co],[()=>Cc]],oi=[3,Vo,"ModifyTrustStoreInput",0,[Po,Qt,Jt,Wt],[0,0,0,0],3],ri=[3,Vo,"ModifyTrustStoreOutput",0,[Ro],[()=>bc]],ai=[3,Vo,"MutualAuthenticationAttributes",0,["Mode",Po,"IgnoreClientCertificateExpiry","TrustStoreAssociationStatus","AdvertiseTrustStoreCaNames"],[0,0,2,0,0]],ni=[3,Vo,"PathPatternConditionConfig",0,[Bo,so],[64,64]],ii=[3,Vo,"QueryStringConditionConfig",0,[Bo],[()=>ic]],ci=[3,Vo,"QueryStringKeyValuePair",0,[hs,wo],[0,0]],ui=[3,Vo,"RedirectActionConfig",0,[no,Ks,zs,"Host","Path","Query"],[0,0,0,0,0,0],1],li=[3,Vo,"RegisterTargetsInput",0,[ho,Lo],[0,()=>Ec],2],pi=[3,Vo,"RegisterTargetsOutput",0,[],[]],di=[3,Vo,"RemoveListenerCertificatesInput",0,[vs,Zt],[0,()=>Ji],2],gi=[3,Vo,"RemoveListenerCertificatesOutput",0,[],[]],fi=[3,Vo,"RemoveTagsInput",0,[Zs,"TagKeys"],[64,64],2],mi=[3,Vo,"RemoveTagsOutput",0,[],[]],yi=[3,Vo,"RemoveTrustStoreRevocationsInput",0,[Po,eo],[0,65],2],xi=[3,Vo,"RemoveTrustStoreRevocationsOutput",0,[],[]],Ei=[3,Vo,"RevocationContent",0,["S3Bucket","S3Key","S3ObjectVersion",to],[0,0,0,0]],Ti=[3,Vo,"RewriteConfig",0,["Regex","Replace"],[0,0],2],Si=[3,Vo,"Rule",0,[Js,Hs,os,Kt,Ts,No],[0,0,()=>lc,()=>Zi,2,()=>gc]],Ci=[3,Vo,"RuleCondition",0,["Field",Bo,"HostHeaderConfig","PathPatternConfig","HttpHeaderConfig","QueryStringConfig","HttpRequestMethodConfig","SourceIpConfig",so],[0,64,()=>bn,()=>ni,()=>Pn,()=>ii,()=>Dn,()=>Li,64]],hi=[3,Vo,"RulePriorityPair",0,[Js,Hs],[0,1]],Mi=[3,Vo,"RuleTransform",0,[Eo,ms,$o],[0,()=>Rn,()=>Ki],1],vi=[3,Vo,"SetIpAddressTypeInput",0,[Ps,Es],[0,0],2],bi=[3,Vo,"SetIpAddressTypeOutput",0,[Es],[0]],Ri=[3,Vo,"SetRulePrioritiesInput",0,["RulePriorities"],[()=>pc],1],Pi=[3,Vo,"SetRulePrioritiesOutput",0,[ro],[()=>dc]],Di=[3,Vo,"SetSecurityGroupsInput",0,[Ps,co,cs],[0,64,0],2],Oi=[3,Vo,"SetSecurityGroupsOutput",0,["SecurityGroupIds",cs],[64,0]],Ii=[3,Vo,"SetSubnetsInput",0,[Ps,xo,lo,Es,is],[0,64,()=>mc,0,0],1],Ai=[3,Vo,"SetSubnetsOutput",0,[zt,Es,is],[()=>Qi,0,0]],Li=[3,Vo,"SourceIpConditionConfig",0,[Bo,Es],[64,0]],Ni=[3,Vo,po,0,["SslProtocols",ts,Fs,"SupportedLoadBalancerTypes"],[64,()=>Wi,0,64]],$i=[3,Vo,"SubnetMapping",0,[uo,jt,_s,Cs,"SourceNatIpv6Prefix"],[0,0,0,0,0]],Gi=[3,Vo,"Tag",0,[hs,wo],[0,0],1],Bi=[3,Vo,"TagDescription",0,[Qs,Ao],[0,()=>xc]],Fi=[3,Vo,"TargetDescription",0,["Id",zs,Vt,"QuicServerId"],[0,1,0,0],1],wi=[3,Vo,"TargetGroup",0,[ho,"TargetGroupName",Ks,zs,Fo,ps,ds,us,ls,fs,ys,Go,gs,Gs,Ds,Io,Vs,Es,To],[0,0,0,1,0,0,0,2,1,1,1,1,0,()=>Un,64,0,0,0,1]],Ui=[3,Vo,"TargetGroupAttribute",0,[hs,wo],[0,0]],ki=[3,Vo,Mo,0,["Enabled","DurationSeconds"],[2,1]],ji=[3,Vo,"TargetGroupTuple",0,[ho,"Weight"],[0,1]],Hi=[3,Vo,vo,0,[ao,Ys,rs],[0,0,0]],_i=[3,Vo,"TargetHealthDescription",0,["Target",ds,vo,kt,Ht],[()=>Fi,0,()=>Hi,()=>na,()=>aa]],qi=[3,Vo,"TrustStore",0,[Fs,Po,"Status","NumberOfCaCertificates","TotalRevokedEntries"],[0,0,0,1,1]],Vi=[3,Vo,"TrustStoreAssociation",0,[Qs],[0]],zi=[3,Vo,"TrustStoreRevocation",0,[Po,Xs,to,Us],[0,1,0,1]],Ki=[3,Vo,$o,0,[oo],[()=>uc]],Yi=[3,Vo,"ZonalCapacityReservationState",0,[ao,Vt,"EffectiveCapacityUnits"],[()=>la,0,1]],Zi=[1,Vo,Kt,0,()=>Wr],Qi=[1,Vo,zt,0,()=>ua],Ji=[1,Vo,"CertificateList",0,()=>pa],Wi=[1,Vo,ts,0,()=>da],Xi=[1,Vo,"DescribeTrustStoreRevocationResponse",0,()=>dn],ec=[1,Vo,"JwtValidationActionAdditionalClaims",0,()=>In],tc=[1,Vo,Is,0,()=>Ln],sc=[1,Vo,"ListenerAttributes",0,()=>$n],oc=[1,Vo,Ms,0,()=>Nn],rc=[1,Vo,Rs,0,()=>Bn],ac=[1,Vo,"LoadBalancerAttributes",0,()=>Fn],nc=[1,Vo,bs,0,()=>Gn],ic=[1,Vo,"QueryStringKeyValuePairList",0,()=>ci],cc=[1,Vo,Ws,0,()=>Ei],uc=[1,Vo,"RewriteConfigList",0,()=>Ti],lc=[1,Vo,"RuleConditionList",0,()=>Ci],pc=[1,Vo,"RulePriorityList",0,()=>hi],dc=[1,Vo,ro,0,()=>Si],gc=[1,Vo,"RuleTransformList",0,()=>Mi],fc=[1,Vo,go,0,()=>Ni],mc=[1,Vo,lo,0,()=>$i],yc=[1,Vo,So,0,()=>Bi],xc=[1,Vo,"TagList",0,()=>Gi],Ec=[1,Vo,"TargetDescriptions",0,()=>Fi],Tc=[1,Vo,"TargetGroupAttributes",0,()=>Ui],Sc=[1,Vo,"TargetGroupList",0,()=>ji],Cc=[1,Vo,Co,0,()=>wi],hc=[1,Vo,bo,0,()=>_i],Mc=[1,Vo,Do,0,()=>Vi],vc=[1,Vo,Oo,0,()=>zi],bc=[1,Vo,Ro,0,()=>qi],Rc=[1,Vo,"ZonalCapacityReservationStates",0,()=>Yi],Pc=[9,Vo,"AddListenerCertificates",0,()=>Xr,()=>ea],Dc=[9,Vo,"AddTags",0,()=>ta,()=>sa],Oc=[9,Vo,"AddTrustStoreRevocations",0,()=>oa,()=>ra],Ic=[9,Vo,"CreateListener",0,()=>ga,()=>fa],Ac=[9,Vo,"CreateLoadBalancer",0,()=>ma,()=>ya],Lc=[9,Vo,"CreateRule",0,()=>xa,()=>Ea],Nc=[9,Vo,"CreateTargetGroup",0,()=>Ta,()=>Sa],$c=[9,Vo,"CreateTrustStore",0,()=>Ca,()=>ha],Gc=[9,Vo,"DeleteListener",0,()=>Ma,()=>va],Bc=[9,Vo,"DeleteLoadBalancer",0,()=>ba,()=>Ra],Fc=[9,Vo,"DeleteRule",0,()=>Pa,()=>Da],wc=[9,Vo,"DeleteSharedTrustStoreAssociation",0,()=>Oa,()=>Ia],Uc=[9,Vo,"DeleteTargetGroup",0,()=>Aa,()=>La],kc=[9,Vo,"DeleteTrustStore",0,()=>Na,()=>$a],jc=[9,Vo,"DeregisterTargets",0,()=>Ga,()=>Ba],Hc=[9,Vo,"DescribeAccountLimits",0,()=>Fa,()=>wa],_c=[9,Vo,"DescribeCapacityReservation",0,()=>Ua,()=>ka],qc=[9,Vo,"DescribeListenerAttributes",0,()=>ja,()=>Ha],Vc=[9,Vo,"DescribeListenerCertificates",0,()=>_a,()=>qa],zc=[9,Vo,"DescribeListeners",0,()=>Va,()=>za],Kc=[9,Vo,"DescribeLoadBalancerAttributes",0,()=>Ka,()=>Ya],Yc=[9,Vo,"DescribeLoadBalancers",0,()=>Za,()=>Qa],Zc=[9,Vo,"DescribeRules",0,()=>Ja,()=>Wa],Qc=[9,Vo,"DescribeSSLPolicies",0,()=>Xa,()=>en],Jc=[9,Vo,"DescribeTags",0,()=>tn,()=>sn],Wc=[9,Vo,"DescribeTargetGroupAttributes",0,()=>on,()=>rn],Xc=[9,Vo,"DescribeTargetGroups",0,()=>an,()=>nn],eu=[9,Vo,"DescribeTargetHealth",0,()=>cn,()=>un],tu=[9,Vo,"DescribeTrustStoreAssociations",0,()=>ln,()=>pn],su=[9,Vo,"DescribeTrustStoreRevocations",0,()=>gn,()=>fn],ou=[9,Vo,"DescribeTrustStores",0,()=>mn,()=>yn],ru=[9,Vo,"GetResourcePolicy",0,()=>Tn,()=>Sn],au=[9,Vo,"GetTrustStoreCaCertificatesBundle",0,()=>Cn,()=>hn],nu=[9,Vo,"GetTrustStoreRevocationContent",0,()=>Mn,()=>vn],iu=[9,Vo,"ModifyCapacityReservation",0,()=>jn,()=>Hn],cu=[9,Vo,"ModifyIpPools",0,()=>_n,()=>qn],uu=[9,Vo,"ModifyListener",0,()=>Kn,()=>Yn],lu=[9,Vo,"ModifyListenerAttributes",0,()=>Vn,()=>zn],pu=[9,Vo,"ModifyLoadBalancerAttributes",0,()=>Zn,()=>Qn],du=[9,Vo,"ModifyRule",0,()=>Jn,()=>Wn],gu=[9,Vo,"ModifyTargetGroup",0,()=>ti,()=>si],fu=[9,Vo,"ModifyTargetGroupAttributes",0,()=>Xn,()=>ei],mu=[9,Vo,"ModifyTrustStore",0,()=>oi,()=>ri],yu=[9,Vo,"RegisterTargets",0,()=>li,()=>pi],xu=[9,Vo,"RemoveListenerCertificates",0,()=>di,()=>gi],Eu=[9,Vo,"RemoveTags",0,()=>fi,()=>mi],Tu=[9,Vo,"RemoveTrustStoreRevocations",0,()=>yi,()=>xi],Su=[9,Vo,"SetIpAddressType",0,()=>vi,()=>bi],Cu=[9,Vo,"SetRulePriorities",0,()=>Ri,()=>Pi],hu=[9,Vo,"SetSecurityGroups",0,()=>Di,()=>Oi],Mu=[9,Vo,"SetSubnets",0,()=>Ii,()=>Ai]
const vu=e=>{M(process.version)
const t=$(e),s=()=>t().then(v),o=(e=>({apiVersion:"2015-12-01",base64Decoder:e?.base64Decoder??pe,base64Encoder:e?.base64Encoder??le,disableHostPrefix:e?.disableHostPrefix??!1,endpointProvider:e?.endpointProvider??Be,extensions:e?.extensions??[],httpAuthSchemeProvider:e?.httpAuthSchemeProvider??Ee,httpAuthSchemes:e?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ae}],logger:e?.logger??new h,protocol:e?.protocol??me,protocolSettings:e?.protocolSettings??{defaultNamespace:"com.amazonaws.elasticloadbalancingv2",errorTypeRegistries:Jr,xmlNamespace:"http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/",version:"2015-12-01",serviceTarget:"ElasticLoadBalancing_v10"},serviceId:e?.serviceId??"Elastic Load Balancing v2",sha256:e?.sha256??ye,urlParser:e?.urlParser??K,utf8Decoder:e?.utf8Decoder??ue,utf8Encoder:e?.utf8Encoder??ce}))(e)
r(process.version)
const i={profile:e?.profile,logger:o.logger}
return{...o,...e,runtime:"node",defaultsMode:t,authSchemePreference:e?.authSchemePreference??G(ne,i),bodyLengthChecker:e?.bodyLengthChecker??de,credentialDefaultProvider:e?.credentialDefaultProvider??ie,defaultUserAgentProvider:e?.defaultUserAgentProvider??a({serviceId:o.serviceId,clientVersion:Te}),maxAttempts:e?.maxAttempts??G(X,e),region:e?.region??G(w,{...U,...i}),requestHandler:fe.create(e?.requestHandler??s),retryMode:e?.retryMode??G({...W,default:async()=>(await s()).retryMode||J},e),streamCollector:e?.streamCollector??ge,useDualstackEndpoint:e?.useDualstackEndpoint??G(F,i),useFipsEndpoint:e?.useFipsEndpoint??G(B,i),userAgentAppId:e?.userAgentAppId??G(n,i)}}
class bu extends P{config
constructor(...[e]){const t=vu(e||{})
super(t),this.initConfig=t
const s=(o=t,Object.assign(o,{useDualstackEndpoint:o.useDualstackEndpoint??!1,useFipsEndpoint:o.useFipsEndpoint??!1,defaultSigningName:"elasticloadbalancing"}))
var o
const r=u(s),a=ee(r),n=k(a),E=l(n),S=((e,t)=>{const s=Object.assign(i(e),b(e),Y(e),(e=>{const t=e.httpAuthSchemes
let s=e.httpAuthSchemeProvider,o=e.credentials
return{setHttpAuthScheme(e){const s=t.findIndex(t=>t.schemeId===e.schemeId);-1===s?t.push(e):t.splice(s,1,e)},httpAuthSchemes:()=>t,setHttpAuthSchemeProvider(e){s=e},httpAuthSchemeProvider:()=>s,setCredentials(e){o=e},credentials:()=>o}})(e))
return t.forEach(e=>e.configure(s)),Object.assign(e,c(s),R(s),Z(s),{httpAuthSchemes:(o=s).httpAuthSchemes(),httpAuthSchemeProvider:o.httpAuthSchemeProvider(),credentials:o.credentials()})
var o})((e=>{const t=re(e)
return Object.assign(t,{authSchemePreference:T(e.authSchemePreference??[])})})(V(E)),e?.extensions||[])
this.config=S,this.middlewareStack.use(oe(this.config)),this.middlewareStack.use(p(this.config)),this.middlewareStack.use(te(this.config)),this.middlewareStack.use(Q(this.config)),this.middlewareStack.use(d(this.config)),this.middlewareStack.use(g(this.config)),this.middlewareStack.use(f(this.config)),this.middlewareStack.use(m(this.config,{httpAuthSchemeParametersProvider:xe,identityProviderConfigProvider:async e=>new y({"aws.auth#sigv4":e.credentials})})),this.middlewareStack.use(x(this.config))}destroy(){super.destroy()}}const Ru=D({UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}},"ElasticLoadBalancing_v10","ElasticLoadBalancingV2Client",z),Pu={},Du=(e,t,s,o)=>[]
class Ou extends(Ru(Pu,Du,"AddListenerCertificates",Pc)){}class Iu extends(Ru(Pu,Du,"AddTags",Dc)){}class Au extends(Ru(Pu,Du,"AddTrustStoreRevocations",Oc)){}class Lu extends(Ru(Pu,Du,"CreateListener",Ic)){}class Nu extends(Ru(Pu,Du,"CreateLoadBalancer",Ac)){}class $u extends(Ru(Pu,Du,"CreateRule",Lc)){}class Gu extends(Ru(Pu,Du,"CreateTargetGroup",Nc)){}class Bu extends(Ru(Pu,Du,"CreateTrustStore",$c)){}class Fu extends(Ru(Pu,Du,"DeleteListener",Gc)){}class wu extends(Ru(Pu,Du,"DeleteLoadBalancer",Bc)){}class Uu extends(Ru(Pu,Du,"DeleteRule",Fc)){}class ku extends(Ru(Pu,Du,"DeleteSharedTrustStoreAssociation",wc)){}class ju extends(Ru(Pu,Du,"DeleteTargetGroup",Uc)){}class Hu extends(Ru(Pu,Du,"DeleteTrustStore",kc)){}class _u extends(Ru(Pu,Du,"DeregisterTargets",jc)){}class qu extends(Ru(Pu,Du,"DescribeAccountLimits",Hc)){}class Vu extends(Ru(Pu,Du,"DescribeCapacityReservation",_c)){}class zu extends(Ru(Pu,Du,"DescribeListenerAttributes",qc)){}class Ku extends(Ru(Pu,Du,"DescribeListenerCertificates",Vc)){}class Yu extends(Ru(Pu,Du,"DescribeListeners",zc)){}class Zu extends(Ru(Pu,Du,"DescribeLoadBalancerAttributes",Kc)){}class Qu extends(Ru(Pu,Du,"DescribeLoadBalancers",Yc)){}class Ju extends(Ru(Pu,Du,"DescribeRules",Zc)){}class Wu extends(Ru(Pu,Du,"DescribeSSLPolicies",Qc)){}class Xu extends(Ru(Pu,Du,"DescribeTags",Jc)){}class el extends(Ru(Pu,Du,"DescribeTargetGroupAttributes",Wc)){}class tl extends(Ru(Pu,Du,"DescribeTargetGroups",Xc)){}class sl extends(Ru(Pu,Du,"DescribeTargetHealth",eu)){}class ol extends(Ru(Pu,Du,"DescribeTrustStoreAssociations",tu)){}class rl extends(Ru(Pu,Du,"DescribeTrustStoreRevocations",su)){}class al extends(Ru(Pu,Du,"DescribeTrustStores",ou)){}class nl extends(Ru(Pu,Du,"GetResourcePolicy",ru)){}class il extends(Ru(Pu,Du,"GetTrustStoreCaCertificatesBundle",au)){}class cl extends(Ru(Pu,Du,"GetTrustStoreRevocationContent",nu)){}class ul extends(Ru(Pu,Du,"ModifyCapacityReservation",iu)){}class ll extends(Ru(Pu,Du,"ModifyIpPools",cu)){}class pl extends(Ru(Pu,Du,"ModifyListenerAttributes",lu)){}class dl extends(Ru(Pu,Du,"ModifyListener",uu)){}class gl extends(Ru(Pu,Du,"ModifyLoadBalancerAttributes",pu)){}class fl extends(Ru(Pu,Du,"ModifyRule",du)){}class ml extends(Ru(Pu,Du,"ModifyTargetGroupAttributes",fu)){}class yl extends(Ru(Pu,Du,"ModifyTargetGroup",gu)){}class xl extends(Ru(Pu,Du,"ModifyTrustStore",mu)){}class El extends(Ru(Pu,Du,"RegisterTargets",yu)){}class Tl extends(Ru(Pu,Du,"RemoveListenerCertificates",xu)){}class Sl extends(Ru(Pu,Du,"RemoveTags",Eu)){}class Cl extends(Ru(Pu,Du,"RemoveTrustStoreRevocations",Tu)){}class hl extends(Ru(Pu,Du,"SetIpAddressType",Su)){}class Ml extends(Ru(Pu,Du,"SetRulePriorities",Cu)){}class vl extends(Ru(Pu,Du,"SetSecurityGroups",hu)){}class bl extends(Ru(Pu,Du,"SetSubnets",Mu)){}const Rl=E(bu,qu,"Marker","NextMarker",""),Pl=E(bu,Ku,"Marker","NextMarker",""),Dl=E(bu,Yu,"Marker","NextMarker",""),Ol=E(bu,Qu,"Marker","NextMarker",""),Il=E(bu,Ju,"Marker","NextMarker",""),Al=E(bu,tl,"Marker","NextMarker",""),Ll=E(bu,ol,"Marker","NextMarker","PageSize"),Nl=E(bu,rl,"Marker","NextMarker","PageSize"),$l=E(bu,al,"Marker","NextMarker","PageSize"),Gl=async(e,t)=>{let s
try{let o=await e.send(new Qu(t))
s=o
try{const e=()=>[].concat(...o.LoadBalancers).map(e=>e.State.Code)
let t=e().length>0
for(let s of e())t=t&&"active"==s
if(t)return{state:A.SUCCESS,reason:s}}catch(e){}try{const e=()=>[].concat(...o.LoadBalancers).map(e=>e.State.Code)
for(let t of e())if("provisioning"==t)return{state:A.RETRY,reason:s}}catch(e){}}catch(e){if(s=e,"LoadBalancerNotFoundException"===e.name)return{state:A.RETRY,reason:s}}return{state:A.RETRY,reason:s}},Bl=async(e,t)=>{const s=await O({minDelay:15,maxDelay:120,...e},t,Gl)
return I(s)},Fl=async(e,t)=>{let s
try{return s=await e.send(new Qu(t)),{state:A.SUCCESS,reason:s}}catch(e){if(s=e,"LoadBalancerNotFoundException"===e.name)return{state:A.RETRY,reason:s}}return{state:A.RETRY,reason:s}},wl=async(e,t)=>{const s=await O({minDelay:15,maxDelay:120,...e},t,Fl)
return I(s)},Ul=async(e,t)=>{let s
try{let o=await e.send(new Qu(t))
s=o
try{const e=()=>[].concat(...o.LoadBalancers).map(e=>e.State.Code)
let t=e().length>0
for(let s of e())t=t&&"active"==s
if(t)return{state:A.RETRY,reason:s}}catch(e){}}catch(e){if(s=e,"LoadBalancerNotFoundException"===e.name)return{state:A.SUCCESS,reason:s}}return{state:A.RETRY,reason:s}},kl=async(e,t)=>{const s=await O({minDelay:15,maxDelay:120,...e},t,Ul)
return I(s)},jl=async(e,t)=>{let s
try{let o=await e.send(new sl(t))
s=o
try{const e=()=>[].concat(...o.TargetHealthDescriptions).map(e=>e.TargetHealth.State)
let t=e().length>0
for(let s of e())t=t&&"unused"==s
if(t)return{state:A.SUCCESS,reason:s}}catch(e){}}catch(e){if(s=e,"InvalidTargetException"===e.name)return{state:A.SUCCESS,reason:s}}return{state:A.RETRY,reason:s}},Hl=async(e,t)=>{const s=await O({minDelay:15,maxDelay:120,...e},t,jl)
return I(s)},_l=async(e,t)=>{let s
try{let o=await e.send(new sl(t))
s=o
try{const e=()=>[].concat(...o.TargetHealthDescriptions).map(e=>e.TargetHealth.State)
let t=e().length>0
for(let s of e())t=t&&"healthy"==s
if(t)return{state:A.SUCCESS,reason:s}}catch(e){}}catch(e){if(s=e,"InvalidInstance"===e.name)return{state:A.RETRY,reason:s}}return{state:A.RETRY,reason:s}},ql=async(e,t)=>{const s=await O({minDelay:15,maxDelay:120,...e},t,_l)
return I(s)},Vl={AddListenerCertificatesCommand:Ou,AddTagsCommand:Iu,AddTrustStoreRevocationsCommand:Au,CreateListenerCommand:Lu,CreateLoadBalancerCommand:Nu,CreateRuleCommand:$u,CreateTargetGroupCommand:Gu,CreateTrustStoreCommand:Bu,DeleteListenerCommand:Fu,DeleteLoadBalancerCommand:wu,DeleteRuleCommand:Uu,DeleteSharedTrustStoreAssociationCommand:ku,DeleteTargetGroupCommand:ju,DeleteTrustStoreCommand:Hu,DeregisterTargetsCommand:_u,DescribeAccountLimitsCommand:qu,DescribeCapacityReservationCommand:Vu,DescribeListenerAttributesCommand:zu,DescribeListenerCertificatesCommand:Ku,DescribeListenersCommand:Yu,DescribeLoadBalancerAttributesCommand:Zu,DescribeLoadBalancersCommand:Qu,DescribeRulesCommand:Ju,DescribeSSLPoliciesCommand:Wu,DescribeTagsCommand:Xu,DescribeTargetGroupAttributesCommand:el,DescribeTargetGroupsCommand:tl,DescribeTargetHealthCommand:sl,DescribeTrustStoreAssociationsCommand:ol,DescribeTrustStoreRevocationsCommand:rl,DescribeTrustStoresCommand:al,GetResourcePolicyCommand:nl,GetTrustStoreCaCertificatesBundleCommand:il,GetTrustStoreRevocationContentCommand:cl,ModifyCapacityReservationCommand:ul,ModifyIpPoolsCommand:ll,ModifyListenerCommand:dl,ModifyListenerAttributesCommand:pl,ModifyLoadBalancerAttributesCommand:gl,ModifyRuleCommand:fl,ModifyTargetGroupCommand:yl,ModifyTargetGroupAttributesCommand:ml,ModifyTrustStoreCommand:xl,RegisterTargetsCommand:El,RemoveListenerCertificatesCommand:Tl,RemoveTagsCommand:Sl,RemoveTrustStoreRevocationsCommand:Cl,SetIpAddressTypeCommand:hl,SetRulePrioritiesCommand:Ml,SetSecurityGroupsCommand:vl,SetSubnetsCommand:bl},zl={paginateDescribeAccountLimits:Rl,paginateDescribeListenerCertificates:Pl,paginateDescribeListeners:Dl,paginateDescribeLoadBalancers:Ol,paginateDescribeRules:Il,paginateDescribeTargetGroups:Al,paginateDescribeTrustStoreAssociations:Ll,paginateDescribeTrustStoreRevocations:Nl,paginateDescribeTrustStores:$l},Kl={waitUntilLoadBalancerAvailable:Bl,waitUntilLoadBalancerExists:wl,waitUntilLoadBalancersDeleted:kl,waitUntilTargetDeregistered:Hl,waitUntilTargetInService:ql}
class Yl extends bu{}L(Vl,Yl,{paginators:zl,waiters:Kl})
t.Ggo=Ju,t.cKh=el,t.sC7=tl,t.qyg=sl,t.ElasticLoadBalancingV2Client=bu}}

