export const id=507
export const ids=[507]
export const modules={7507:(e,t,n)=>{const{awsEndpointFunctions:o,emitWarningIfUnsupportedVersion:i,createDefaultUserAgentProvider:r,NODE_APP_ID_CONFIG_OPTIONS:s,getAwsRegionExtensionConfiguration:a,resolveAwsRegionExtensionConfiguration:c,resolveUserAgentConfig:p,resolveHostHeaderConfig:l,getUserAgentPlugin:u,getHostHeaderPlugin:m,getLoggerPlugin:d,getRecursionDetectionPlugin:y}=n(5152),{getHttpAuthSchemeEndpointRuleSetPlugin:E,DefaultIdentityProviderConfig:x,getHttpSigningPlugin:f,createPaginator:g}=n(402),{normalizeProvider:I,getSmithyContext:v,ServiceException:O,NoOpLogger:D,emitWarningIfUnsupportedVersion:h,loadConfigsForDefaultMode:T,getDefaultExtensionConfiguration:P,resolveDefaultRuntimeConfig:C,Client:A,makeBuilder:$,createWaiter:S,checkExceptions:R,WaiterState:b,createAggregatedClient:G}=n(2658),{Command:L}=n(2658)
const{resolveDefaultsModeConfig:N,loadConfig:k,NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS:j,NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS:F,NODE_REGION_CONFIG_OPTIONS:B,NODE_REGION_CONFIG_FILE_OPTIONS:H,resolveRegionConfig:U}=n(7291),{BinaryDecisionDiagram:q,EndpointCache:w,decideEndpoint:_,customEndpointFunctions:M,resolveEndpointConfig:V,getEndpointPlugin:W}=n(2085),{parseUrl:z,getHttpHandlerExtensionConfiguration:K,resolveHttpHandlerRuntimeConfig:Z,getContentLengthPlugin:Y}=n(3422),{DEFAULT_RETRY_MODE:J,NODE_RETRY_MODE_CONFIG_OPTIONS:X,NODE_MAX_ATTEMPT_CONFIG_OPTIONS:Q,resolveRetryConfig:ee,getRetryPlugin:te}=n(3609),{TypeRegistry:ne,getSchemaSerdePlugin:oe}=n(6890),{resolveAwsSdkSigV4Config:ie,AwsSdkSigV4Signer:re,NODE_AUTH_SCHEME_PREFERENCE_OPTIONS:se}=n(7523),{defaultProvider:ae}=n(5861),{toUtf8:ce,fromUtf8:pe,toBase64:le,fromBase64:ue,calculateBodyLength:me}=n(2430),{streamCollector:de,NodeHttpHandler:ye}=n(1279),{AwsJson1_1Protocol:Ee}=n(7288),{Sha256:xe}=n(9542),fe=async(e,t,n)=>({operation:v(t).operation,region:await I(e.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()})
const ge=e=>{const t=[]
return e.operation,t.push(function(e){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"codedeploy",region:e.region},propertiesExtractor:(e,t)=>({signingProperties:{config:e,context:t}})}}(e)),t}
var Ie="3.1132.0"
const ve="ref",Oe=-1,De=!0,he="isSet",Te="PartitionResult",Pe="booleanEquals",Ce="getAttr",Ae={[ve]:"Endpoint"},$e={[ve]:Te},Se={},Re=[{[ve]:"Region"}],be={conditions:[[he,[Ae]],[he,Re],["aws.partition",Re,Te],[Pe,[{[ve]:"UseFIPS"},De]],[Pe,[{[ve]:"UseDualStack"},De]],[Pe,[{fn:Ce,argv:[$e,"supportsDualStack"]},De]],[Pe,[{fn:Ce,argv:[$e,"supportsFIPS"]},De]]],results:[[Oe],[Oe,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Oe,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[Ae,Se],["https://codedeploy-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Se],[Oe,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://codedeploy-fips.{Region}.{PartitionResult#dnsSuffix}",Se],[Oe,"FIPS is enabled but this partition does not support FIPS"],["https://codedeploy.{Region}.{PartitionResult#dualStackDnsSuffix}",Se],[Oe,"DualStack is enabled but this partition does not support DualStack"],["https://codedeploy.{Region}.{PartitionResult#dnsSuffix}",Se],[Oe,"Invalid Configuration: Missing Region"]]},Ge=1e8,Le=new Int32Array([-1,1,-1,0,12,3,1,4,Ge+11,2,5,Ge+11,3,8,6,4,7,Ge+10,5,Ge+8,Ge+9,4,10,9,6,Ge+6,Ge+7,5,11,Ge+5,6,Ge+4,Ge+5,3,Ge+1,13,4,Ge+2,Ge+3]),Ne=q.from(Le,2,be.conditions,be.results),ke=new w({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),je=(e,t={})=>ke.get(e,()=>_(Ne,{endpointParams:e,logger:t.logger}))
M.aws=o
class Fe extends O{constructor(e){super(e),Object.setPrototypeOf(this,Fe.prototype)}}class Be extends Fe{name="InstanceLimitExceededException"
$fault="client"
constructor(e){super({name:"InstanceLimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,Be.prototype)}}class He extends Fe{name="InstanceNameRequiredException"
$fault="client"
constructor(e){super({name:"InstanceNameRequiredException",$fault:"client",...e}),Object.setPrototypeOf(this,He.prototype)}}class Ue extends Fe{name="InstanceNotRegisteredException"
$fault="client"
constructor(e){super({name:"InstanceNotRegisteredException",$fault:"client",...e}),Object.setPrototypeOf(this,Ue.prototype)}}class qe extends Fe{name="InvalidInstanceNameException"
$fault="client"
constructor(e){super({name:"InvalidInstanceNameException",$fault:"client",...e}),Object.setPrototypeOf(this,qe.prototype)}}class we extends Fe{name="InvalidTagException"
$fault="client"
constructor(e){super({name:"InvalidTagException",$fault:"client",...e}),Object.setPrototypeOf(this,we.prototype)}}class _e extends Fe{name="TagLimitExceededException"
$fault="client"
constructor(e){super({name:"TagLimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,_e.prototype)}}class Me extends Fe{name="TagRequiredException"
$fault="client"
constructor(e){super({name:"TagRequiredException",$fault:"client",...e}),Object.setPrototypeOf(this,Me.prototype)}}class Ve extends Fe{name="AlarmsLimitExceededException"
$fault="client"
constructor(e){super({name:"AlarmsLimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,Ve.prototype)}}class We extends Fe{name="ApplicationAlreadyExistsException"
$fault="client"
constructor(e){super({name:"ApplicationAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,We.prototype)}}class ze extends Fe{name="ApplicationDoesNotExistException"
$fault="client"
constructor(e){super({name:"ApplicationDoesNotExistException",$fault:"client",...e}),Object.setPrototypeOf(this,ze.prototype)}}class Ke extends Fe{name="ApplicationLimitExceededException"
$fault="client"
constructor(e){super({name:"ApplicationLimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,Ke.prototype)}}class Ze extends Fe{name="ApplicationNameRequiredException"
$fault="client"
constructor(e){super({name:"ApplicationNameRequiredException",$fault:"client",...e}),Object.setPrototypeOf(this,Ze.prototype)}}class Ye extends Fe{name="ArnNotSupportedException"
$fault="client"
constructor(e){super({name:"ArnNotSupportedException",$fault:"client",...e}),Object.setPrototypeOf(this,Ye.prototype)}}class Je extends Fe{name="BatchLimitExceededException"
$fault="client"
constructor(e){super({name:"BatchLimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,Je.prototype)}}class Xe extends Fe{name="InvalidApplicationNameException"
$fault="client"
constructor(e){super({name:"InvalidApplicationNameException",$fault:"client",...e}),Object.setPrototypeOf(this,Xe.prototype)}}class Qe extends Fe{name="InvalidRevisionException"
$fault="client"
constructor(e){super({name:"InvalidRevisionException",$fault:"client",...e}),Object.setPrototypeOf(this,Qe.prototype)}}class et extends Fe{name="RevisionRequiredException"
$fault="client"
constructor(e){super({name:"RevisionRequiredException",$fault:"client",...e}),Object.setPrototypeOf(this,et.prototype)}}class tt extends Fe{name="DeploymentConfigDoesNotExistException"
$fault="client"
constructor(e){super({name:"DeploymentConfigDoesNotExistException",$fault:"client",...e}),Object.setPrototypeOf(this,tt.prototype)}}class nt extends Fe{name="DeploymentGroupNameRequiredException"
$fault="client"
constructor(e){super({name:"DeploymentGroupNameRequiredException",$fault:"client",...e}),Object.setPrototypeOf(this,nt.prototype)}}class ot extends Fe{name="InvalidDeploymentGroupNameException"
$fault="client"
constructor(e){super({name:"InvalidDeploymentGroupNameException",$fault:"client",...e}),Object.setPrototypeOf(this,ot.prototype)}}class it extends Fe{name="DeploymentDoesNotExistException"
$fault="client"
constructor(e){super({name:"DeploymentDoesNotExistException",$fault:"client",...e}),Object.setPrototypeOf(this,it.prototype)}}class rt extends Fe{name="DeploymentIdRequiredException"
$fault="client"
constructor(e){super({name:"DeploymentIdRequiredException",$fault:"client",...e}),Object.setPrototypeOf(this,rt.prototype)}}class st extends Fe{name="InstanceIdRequiredException"
$fault="client"
constructor(e){super({name:"InstanceIdRequiredException",$fault:"client",...e}),Object.setPrototypeOf(this,st.prototype)}}class at extends Fe{name="InvalidComputePlatformException"
$fault="client"
constructor(e){super({name:"InvalidComputePlatformException",$fault:"client",...e}),Object.setPrototypeOf(this,at.prototype)}}class ct extends Fe{name="InvalidDeploymentIdException"
$fault="client"
constructor(e){super({name:"InvalidDeploymentIdException",$fault:"client",...e}),Object.setPrototypeOf(this,ct.prototype)}}class pt extends Fe{name="DeploymentNotStartedException"
$fault="client"
constructor(e){super({name:"DeploymentNotStartedException",$fault:"client",...e}),Object.setPrototypeOf(this,pt.prototype)}}class lt extends Fe{name="DeploymentTargetDoesNotExistException"
$fault="client"
constructor(e){super({name:"DeploymentTargetDoesNotExistException",$fault:"client",...e}),Object.setPrototypeOf(this,lt.prototype)}}class ut extends Fe{name="DeploymentTargetIdRequiredException"
$fault="client"
constructor(e){super({name:"DeploymentTargetIdRequiredException",$fault:"client",...e}),Object.setPrototypeOf(this,ut.prototype)}}class mt extends Fe{name="DeploymentTargetListSizeExceededException"
$fault="client"
constructor(e){super({name:"DeploymentTargetListSizeExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,mt.prototype)}}class dt extends Fe{name="InstanceDoesNotExistException"
$fault="client"
constructor(e){super({name:"InstanceDoesNotExistException",$fault:"client",...e}),Object.setPrototypeOf(this,dt.prototype)}}class yt extends Fe{name="InvalidDeploymentTargetIdException"
$fault="client"
constructor(e){super({name:"InvalidDeploymentTargetIdException",$fault:"client",...e}),Object.setPrototypeOf(this,yt.prototype)}}class Et extends Fe{name="BucketNameFilterRequiredException"
$fault="client"
constructor(e){super({name:"BucketNameFilterRequiredException",$fault:"client",...e}),Object.setPrototypeOf(this,Et.prototype)}}class xt extends Fe{name="DeploymentAlreadyCompletedException"
$fault="client"
constructor(e){super({name:"DeploymentAlreadyCompletedException",$fault:"client",...e}),Object.setPrototypeOf(this,xt.prototype)}}class ft extends Fe{name="DeploymentIsNotInReadyStateException"
$fault="client"
constructor(e){super({name:"DeploymentIsNotInReadyStateException",$fault:"client",...e}),Object.setPrototypeOf(this,ft.prototype)}}class gt extends Fe{name="InvalidDeploymentStatusException"
$fault="client"
constructor(e){super({name:"InvalidDeploymentStatusException",$fault:"client",...e}),Object.setPrototypeOf(this,gt.prototype)}}class It extends Fe{name="InvalidDeploymentWaitTypeException"
$fault="client"
constructor(e){super({name:"InvalidDeploymentWaitTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,It.prototype)}}class vt extends Fe{name="UnsupportedActionForDeploymentTypeException"
$fault="client"
constructor(e){super({name:"UnsupportedActionForDeploymentTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,vt.prototype)}}class Ot extends Fe{name="InvalidTagsToAddException"
$fault="client"
constructor(e){super({name:"InvalidTagsToAddException",$fault:"client",...e}),Object.setPrototypeOf(this,Ot.prototype)}}class Dt extends Fe{name="ThrottlingException"
$fault="client"
constructor(e){super({name:"ThrottlingException",$fault:"client",...e}),Object.setPrototypeOf(this,Dt.prototype)}}class ht extends Fe{name="DeploymentGroupDoesNotExistException"
$fault="client"
constructor(e){super({name:"DeploymentGroupDoesNotExistException",$fault:"client",...e}),Object.setPrototypeOf(this,ht.prototype)}}class Tt extends Fe{name="DeploymentLimitExceededException"
$fault="client"
constructor(e){super({name:"DeploymentLimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,Tt.prototype)}}class Pt extends Fe{name="DescriptionTooLongException"
$fault="client"
constructor(e){super({name:"DescriptionTooLongException",$fault:"client",...e}),Object.setPrototypeOf(this,Pt.prototype)}}class Ct extends Fe{name="InvalidAlarmConfigException"
$fault="client"
constructor(e){super({name:"InvalidAlarmConfigException",$fault:"client",...e}),Object.setPrototypeOf(this,Ct.prototype)}}class At extends Fe{name="InvalidAutoRollbackConfigException"
$fault="client"
constructor(e){super({name:"InvalidAutoRollbackConfigException",$fault:"client",...e}),Object.setPrototypeOf(this,At.prototype)}}class $t extends Fe{name="InvalidAutoScalingGroupException"
$fault="client"
constructor(e){super({name:"InvalidAutoScalingGroupException",$fault:"client",...e}),Object.setPrototypeOf(this,$t.prototype)}}class St extends Fe{name="InvalidDeploymentConfigNameException"
$fault="client"
constructor(e){super({name:"InvalidDeploymentConfigNameException",$fault:"client",...e}),Object.setPrototypeOf(this,St.prototype)}}class Rt extends Fe{name="InvalidECSServiceException"
$fault="client"
constructor(e){super({name:"InvalidECSServiceException",$fault:"client",...e}),Object.setPrototypeOf(this,Rt.prototype)}}class bt extends Fe{name="InvalidFileExistsBehaviorException"
$fault="client"
constructor(e){super({name:"InvalidFileExistsBehaviorException",$fault:"client",...e}),Object.setPrototypeOf(this,bt.prototype)}}class Gt extends Fe{name="InvalidGitHubAccountTokenException"
$fault="client"
constructor(e){super({name:"InvalidGitHubAccountTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,Gt.prototype)}}class Lt extends Fe{name="InvalidIgnoreApplicationStopFailuresValueException"
$fault="client"
constructor(e){super({name:"InvalidIgnoreApplicationStopFailuresValueException",$fault:"client",...e}),Object.setPrototypeOf(this,Lt.prototype)}}class Nt extends Fe{name="InvalidInputException"
$fault="client"
constructor(e){super({name:"InvalidInputException",$fault:"client",...e}),Object.setPrototypeOf(this,Nt.prototype)}}class kt extends Fe{name="InvalidLoadBalancerInfoException"
$fault="client"
constructor(e){super({name:"InvalidLoadBalancerInfoException",$fault:"client",...e}),Object.setPrototypeOf(this,kt.prototype)}}class jt extends Fe{name="InvalidRoleException"
$fault="client"
constructor(e){super({name:"InvalidRoleException",$fault:"client",...e}),Object.setPrototypeOf(this,jt.prototype)}}class Ft extends Fe{name="InvalidTargetInstancesException"
$fault="client"
constructor(e){super({name:"InvalidTargetInstancesException",$fault:"client",...e}),Object.setPrototypeOf(this,Ft.prototype)}}class Bt extends Fe{name="InvalidTrafficRoutingConfigurationException"
$fault="client"
constructor(e){super({name:"InvalidTrafficRoutingConfigurationException",$fault:"client",...e}),Object.setPrototypeOf(this,Bt.prototype)}}class Ht extends Fe{name="InvalidUpdateOutdatedInstancesOnlyValueException"
$fault="client"
constructor(e){super({name:"InvalidUpdateOutdatedInstancesOnlyValueException",$fault:"client",...e}),Object.setPrototypeOf(this,Ht.prototype)}}class Ut extends Fe{name="RevisionDoesNotExistException"
$fault="client"
constructor(e){super({name:"RevisionDoesNotExistException",$fault:"client",...e}),Object.setPrototypeOf(this,Ut.prototype)}}class qt extends Fe{name="DeploymentConfigAlreadyExistsException"
$fault="client"
constructor(e){super({name:"DeploymentConfigAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,qt.prototype)}}class wt extends Fe{name="DeploymentConfigLimitExceededException"
$fault="client"
constructor(e){super({name:"DeploymentConfigLimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,wt.prototype)}}class _t extends Fe{name="DeploymentConfigNameRequiredException"
$fault="client"
constructor(e){super({name:"DeploymentConfigNameRequiredException",$fault:"client",...e}),Object.setPrototypeOf(this,_t.prototype)}}class Mt extends Fe{name="InvalidMinimumHealthyHostValueException"
$fault="client"
constructor(e){super({name:"InvalidMinimumHealthyHostValueException",$fault:"client",...e}),Object.setPrototypeOf(this,Mt.prototype)}}class Vt extends Fe{name="InvalidZonalDeploymentConfigurationException"
$fault="client"
constructor(e){super({name:"InvalidZonalDeploymentConfigurationException",$fault:"client",...e}),Object.setPrototypeOf(this,Vt.prototype)}}class Wt extends Fe{name="DeploymentGroupAlreadyExistsException"
$fault="client"
constructor(e){super({name:"DeploymentGroupAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,Wt.prototype)}}class zt extends Fe{name="DeploymentGroupLimitExceededException"
$fault="client"
constructor(e){super({name:"DeploymentGroupLimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,zt.prototype)}}class Kt extends Fe{name="ECSServiceMappingLimitExceededException"
$fault="client"
constructor(e){super({name:"ECSServiceMappingLimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,Kt.prototype)}}class Zt extends Fe{name="InvalidBlueGreenDeploymentConfigurationException"
$fault="client"
constructor(e){super({name:"InvalidBlueGreenDeploymentConfigurationException",$fault:"client",...e}),Object.setPrototypeOf(this,Zt.prototype)}}class Yt extends Fe{name="InvalidDeploymentStyleException"
$fault="client"
constructor(e){super({name:"InvalidDeploymentStyleException",$fault:"client",...e}),Object.setPrototypeOf(this,Yt.prototype)}}class Jt extends Fe{name="InvalidEC2TagCombinationException"
$fault="client"
constructor(e){super({name:"InvalidEC2TagCombinationException",$fault:"client",...e}),Object.setPrototypeOf(this,Jt.prototype)}}class Xt extends Fe{name="InvalidEC2TagException"
$fault="client"
constructor(e){super({name:"InvalidEC2TagException",$fault:"client",...e}),Object.setPrototypeOf(this,Xt.prototype)}}class Qt extends Fe{name="InvalidOnPremisesTagCombinationException"
$fault="client"
constructor(e){super({name:"InvalidOnPremisesTagCombinationException",$fault:"client",...e}),Object.setPrototypeOf(this,Qt.prototype)}}class en extends Fe{name="InvalidTargetGroupPairException"
$fault="client"
constructor(e){super({name:"InvalidTargetGroupPairException",$fault:"client",...e}),Object.setPrototypeOf(this,en.prototype)}}class tn extends Fe{name="InvalidTriggerConfigException"
$fault="client"
constructor(e){super({name:"InvalidTriggerConfigException",$fault:"client",...e}),Object.setPrototypeOf(this,tn.prototype)}}class nn extends Fe{name="LifecycleHookLimitExceededException"
$fault="client"
constructor(e){super({name:"LifecycleHookLimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,nn.prototype)}}class on extends Fe{name="RoleRequiredException"
$fault="client"
constructor(e){super({name:"RoleRequiredException",$fault:"client",...e}),Object.setPrototypeOf(this,on.prototype)}}class rn extends Fe{name="TagSetListLimitExceededException"
$fault="client"
constructor(e){super({name:"TagSetListLimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,rn.prototype)}}class sn extends Fe{name="TriggerTargetsLimitExceededException"
$fault="client"
constructor(e){super({name:"TriggerTargetsLimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,sn.prototype)}}class an extends Fe{name="DeploymentConfigInUseException"
$fault="client"
constructor(e){super({name:"DeploymentConfigInUseException",$fault:"client",...e}),Object.setPrototypeOf(this,an.prototype)}}class cn extends Fe{name="InvalidOperationException"
$fault="client"
constructor(e){super({name:"InvalidOperationException",$fault:"client",...e}),Object.setPrototypeOf(this,cn.prototype)}}class pn extends Fe{name="GitHubAccountTokenDoesNotExistException"
$fault="client"
constructor(e){super({name:"GitHubAccountTokenDoesNotExistException",$fault:"client",...e}),Object.setPrototypeOf(this,pn.prototype)}}class ln extends Fe{name="GitHubAccountTokenNameRequiredException"
$fault="client"
constructor(e){super({name:"GitHubAccountTokenNameRequiredException",$fault:"client",...e}),Object.setPrototypeOf(this,ln.prototype)}}class un extends Fe{name="InvalidGitHubAccountTokenNameException"
$fault="client"
constructor(e){super({name:"InvalidGitHubAccountTokenNameException",$fault:"client",...e}),Object.setPrototypeOf(this,un.prototype)}}class mn extends Fe{name="OperationNotSupportedException"
$fault="client"
constructor(e){super({name:"OperationNotSupportedException",$fault:"client",...e}),Object.setPrototypeOf(this,mn.prototype)}}class dn extends Fe{name="ResourceValidationException"
$fault="client"
constructor(e){super({name:"ResourceValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,dn.prototype)}}class yn extends Fe{name="InvalidBucketNameFilterException"
$fault="client"
constructor(e){super({name:"InvalidBucketNameFilterException",$fault:"client",...e}),Object.setPrototypeOf(this,yn.prototype)}}class En extends Fe{name="InvalidDeployedStateFilterException"
$fault="client"
constructor(e){super({name:"InvalidDeployedStateFilterException",$fault:"client",...e}),Object.setPrototypeOf(this,En.prototype)}}class xn extends Fe{name="InvalidKeyPrefixFilterException"
$fault="client"
constructor(e){super({name:"InvalidKeyPrefixFilterException",$fault:"client",...e}),Object.setPrototypeOf(this,xn.prototype)}}class fn extends Fe{name="InvalidNextTokenException"
$fault="client"
constructor(e){super({name:"InvalidNextTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,fn.prototype)}}class gn extends Fe{name="InvalidSortByException"
$fault="client"
constructor(e){super({name:"InvalidSortByException",$fault:"client",...e}),Object.setPrototypeOf(this,gn.prototype)}}class In extends Fe{name="InvalidSortOrderException"
$fault="client"
constructor(e){super({name:"InvalidSortOrderException",$fault:"client",...e}),Object.setPrototypeOf(this,In.prototype)}}class vn extends Fe{name="InvalidDeploymentInstanceTypeException"
$fault="client"
constructor(e){super({name:"InvalidDeploymentInstanceTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,vn.prototype)}}class On extends Fe{name="InvalidInstanceStatusException"
$fault="client"
constructor(e){super({name:"InvalidInstanceStatusException",$fault:"client",...e}),Object.setPrototypeOf(this,On.prototype)}}class Dn extends Fe{name="InvalidInstanceTypeException"
$fault="client"
constructor(e){super({name:"InvalidInstanceTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,Dn.prototype)}}class hn extends Fe{name="InvalidTargetFilterNameException"
$fault="client"
constructor(e){super({name:"InvalidTargetFilterNameException",$fault:"client",...e}),Object.setPrototypeOf(this,hn.prototype)}}class Tn extends Fe{name="InvalidExternalIdException"
$fault="client"
constructor(e){super({name:"InvalidExternalIdException",$fault:"client",...e}),Object.setPrototypeOf(this,Tn.prototype)}}class Pn extends Fe{name="InvalidTimeRangeException"
$fault="client"
constructor(e){super({name:"InvalidTimeRangeException",$fault:"client",...e}),Object.setPrototypeOf(this,Pn.prototype)}}class Cn extends Fe{name="InvalidRegistrationStatusException"
$fault="client"
constructor(e){super({name:"InvalidRegistrationStatusException",$fault:"client",...e}),Object.setPrototypeOf(this,Cn.prototype)}}class An extends Fe{name="InvalidTagFilterException"
$fault="client"
constructor(e){super({name:"InvalidTagFilterException",$fault:"client",...e}),Object.setPrototypeOf(this,An.prototype)}}class $n extends Fe{name="InvalidArnException"
$fault="client"
constructor(e){super({name:"InvalidArnException",$fault:"client",...e}),Object.setPrototypeOf(this,$n.prototype)}}class Sn extends Fe{name="ResourceArnRequiredException"
$fault="client"
constructor(e){super({name:"ResourceArnRequiredException",$fault:"client",...e}),Object.setPrototypeOf(this,Sn.prototype)}}class Rn extends Fe{name="InvalidLifecycleEventHookExecutionIdException"
$fault="client"
constructor(e){super({name:"InvalidLifecycleEventHookExecutionIdException",$fault:"client",...e}),Object.setPrototypeOf(this,Rn.prototype)}}class bn extends Fe{name="InvalidLifecycleEventHookExecutionStatusException"
$fault="client"
constructor(e){super({name:"InvalidLifecycleEventHookExecutionStatusException",$fault:"client",...e}),Object.setPrototypeOf(this,bn.prototype)}}class Gn extends Fe{name="LifecycleEventAlreadyCompletedException"
$fault="client"
constructor(e){super({name:"LifecycleEventAlreadyCompletedException",$fault:"client",...e}),Object.setPrototypeOf(this,Gn.prototype)}}class Ln extends Fe{name="IamArnRequiredException"
$fault="client"
constructor(e){super({name:"IamArnRequiredException",$fault:"client",...e}),Object.setPrototypeOf(this,Ln.prototype)}}class Nn extends Fe{name="IamSessionArnAlreadyRegisteredException"
$fault="client"
constructor(e){super({name:"IamSessionArnAlreadyRegisteredException",$fault:"client",...e}),Object.setPrototypeOf(this,Nn.prototype)}}class kn extends Fe{name="IamUserArnAlreadyRegisteredException"
$fault="client"
constructor(e){super({name:"IamUserArnAlreadyRegisteredException",$fault:"client",...e}),Object.setPrototypeOf(this,kn.prototype)}}class jn extends Fe{name="IamUserArnRequiredException"
$fault="client"
constructor(e){super({name:"IamUserArnRequiredException",$fault:"client",...e}),Object.setPrototypeOf(this,jn.prototype)}}class Fn extends Fe{name="InstanceNameAlreadyRegisteredException"
$fault="client"
constructor(e){super({name:"InstanceNameAlreadyRegisteredException",$fault:"client",...e}),Object.setPrototypeOf(this,Fn.prototype)}}class Bn extends Fe{name="InvalidIamSessionArnException"
$fault="client"
constructor(e){super({name:"InvalidIamSessionArnException",$fault:"client",...e}),Object.setPrototypeOf(this,Bn.prototype)}}class Hn extends Fe{name="InvalidIamUserArnException"
$fault="client"
constructor(e){super({name:"InvalidIamUserArnException",$fault:"client",...e}),Object.setPrototypeOf(this,Hn.prototype)}}class Un extends Fe{name="MultipleIamArnsProvidedException"
$fault="client"
constructor(e){super({name:"MultipleIamArnsProvidedException",$fault:"client",...e}),Object.setPrototypeOf(this,Un.prototype)}}const qn="Key",wn="NextToken",_n="ResourceArn",Mn="Type",Vn="Tags",Wn="Value",zn="alarmConfiguration",Kn="applicationId",Zn="applicationName",Yn="autoRollbackConfiguration",Jn="autoScalingGroups",Xn="action",Qn="blueGreenDeploymentConfiguration",eo="client",to="computePlatform",no="createTime",oo="content",io="description",ro="deploymentConfigId",so="deploymentConfigName",ao="deploymentGroups",co="deploymentGroupId",po="deploymentGroupName",lo="deploymentId",uo="deploymentMode",mo="deploymentStyle",yo="error",Eo="externalId",xo="errorMessage",fo="ecsServices",go="ec2TagFilters",Io="ec2TagSet",vo="endTime",Oo="enabled",Do="fileExistsBehavior",ho="hooksNotCleanedUp",To="ignoreApplicationStopFailures",Po="instanceId",Co="instanceNames",Ao="instanceName",$o="iamSessionArn",So="iamUserArn",Ro="loadBalancerInfo",bo="lifecycleEvents",Go="lifecycleEventHookExecutionId",Lo="lastUpdatedAt",No="message",ko="minimumHealthyHosts",jo="name",Fo="nextToken",Bo="overrideAlarmConfiguration",Ho="outdatedInstancesStrategy",Uo="onPremisesInstanceTagFilters",qo="onPremisesTagSet",wo="revisions",_o="registerTime",Mo="revision",Vo="smithy.ts.sdk.synthetic.com.amazonaws.codedeploy",Wo="serviceRoleArn",zo="startTime",Ko="sha256",Zo="status",Yo="tags",Jo="targetArn",Xo="triggerConfigurations",Qo="tagFilters",ei="terminationHookEnabled",ti="targetIds",ni="targetId",oi="targetInstances",ii="tokenName",ri="trafficRoutingConfig",si="targetVersionWeight",ai="type",ci="updateOutdatedInstancesOnly",pi="value",li="zonalConfig",ui="com.amazonaws.codedeploy",mi=ne.for(Vo)
var di=[-3,Vo,"CodeDeployServiceException",0,[],[]]
mi.registerError(di,Fe)
const yi=ne.for(ui)
var Ei=[-3,ui,"AlarmsLimitExceededException",{[yo]:eo},[No],[0]]
yi.registerError(Ei,Ve)
var xi=[-3,ui,"ApplicationAlreadyExistsException",{[yo]:eo},[No],[0]]
yi.registerError(xi,We)
var fi=[-3,ui,"ApplicationDoesNotExistException",{[yo]:eo},[No],[0]]
yi.registerError(fi,ze)
var gi=[-3,ui,"ApplicationLimitExceededException",{[yo]:eo},[No],[0]]
yi.registerError(gi,Ke)
var Ii=[-3,ui,"ApplicationNameRequiredException",{[yo]:eo},[No],[0]]
yi.registerError(Ii,Ze)
var vi=[-3,ui,"ArnNotSupportedException",{[yo]:eo},[No],[0]]
yi.registerError(vi,Ye)
var Oi=[-3,ui,"BatchLimitExceededException",{[yo]:eo},[No],[0]]
yi.registerError(Oi,Je)
var Di=[-3,ui,"BucketNameFilterRequiredException",{[yo]:eo},[No],[0]]
yi.registerError(Di,Et)
var hi=[-3,ui,"DeploymentAlreadyCompletedException",{[yo]:eo},[No],[0]]
yi.registerError(hi,xt)
var Ti=[-3,ui,"DeploymentConfigAlreadyExistsException",{[yo]:eo},[No],[0]]
yi.registerError(Ti,qt)
var Pi=[-3,ui,"DeploymentConfigDoesNotExistException",{[yo]:eo},[No],[0]]
yi.registerError(Pi,tt)
var Ci=[-3,ui,"DeploymentConfigInUseException",{[yo]:eo},[No],[0]]
yi.registerError(Ci,an)
var Ai=[-3,ui,"DeploymentConfigLimitExceededException",{[yo]:eo},[No],[0]]
yi.registerError(Ai,wt)
var $i=[-3,ui,"DeploymentConfigNameRequiredException",{[yo]:eo},[No],[0]]
yi.registerError($i,_t)
var Si=[-3,ui,"DeploymentDoesNotExistException",{[yo]:eo},[No],[0]]
yi.registerError(Si,it)
var Ri=[-3,ui,"DeploymentGroupAlreadyExistsException",{[yo]:eo},[No],[0]]
yi.registerError(Ri,Wt)
var bi=[-3,ui,"DeploymentGroupDoesNotExistException",{[yo]:eo},[No],[0]]
yi.registerError(bi,ht)
var Gi=[-3,ui,"DeploymentGroupLimitExceededException",{[yo]:eo},[No],[0]]
yi.registerError(Gi,zt)
var Li=[-3,ui,"DeploymentGroupNameRequiredException",{[yo]:eo},[No],[0]]
yi.registerError(Li,nt)
var Ni=[-3,ui,"DeploymentIdRequiredException",{[yo]:eo},[No],[0]]
yi.registerError(Ni,rt)
var ki=[-3,ui,"DeploymentIsNotInReadyStateException",{[yo]:eo},[No],[0]]
yi.registerError(ki,ft)
var ji=[-3,ui,"DeploymentLimitExceededException",{[yo]:eo},[No],[0]]
yi.registerError(ji,Tt)
var Fi=[-3,ui,"DeploymentNotStartedException",{[yo]:eo},[No],[0]]
yi.registerError(Fi,pt)
var Bi=[-3,ui,"DeploymentTargetDoesNotExistException",{[yo]:eo},[No],[0]]
yi.registerError(Bi,lt)
var Hi=[-3,ui,"DeploymentTargetIdRequiredException",{[yo]:eo},[No],[0]]
yi.registerError(Hi,ut)
var Ui=[-3,ui,"DeploymentTargetListSizeExceededException",{[yo]:eo},[No],[0]]
yi.registerError(Ui,mt)
var qi=[-3,ui,"DescriptionTooLongException",{[yo]:eo},[No],[0]]
yi.registerError(qi,Pt)
var wi=[-3,ui,"ECSServiceMappingLimitExceededException",{[yo]:eo},[No],[0]]
yi.registerError(wi,Kt)
var _i=[-3,ui,"GitHubAccountTokenDoesNotExistException",{[yo]:eo},[No],[0]]
yi.registerError(_i,pn)
var Mi=[-3,ui,"GitHubAccountTokenNameRequiredException",{[yo]:eo},[No],[0]]
yi.registerError(Mi,ln)
var Vi=[-3,ui,"IamArnRequiredException",{[yo]:eo},[No],[0]]
yi.registerError(Vi,Ln)
var Wi=[-3,ui,"IamSessionArnAlreadyRegisteredException",{[yo]:eo},[No],[0]]
yi.registerError(Wi,Nn)
var zi=[-3,ui,"IamUserArnAlreadyRegisteredException",{[yo]:eo},[No],[0]]
yi.registerError(zi,kn)
var Ki=[-3,ui,"IamUserArnRequiredException",{[yo]:eo},[No],[0]]
yi.registerError(Ki,jn)
var Zi=[-3,ui,"InstanceDoesNotExistException",{[yo]:eo},[No],[0]]
yi.registerError(Zi,dt)
var Yi=[-3,ui,"InstanceIdRequiredException",{[yo]:eo},[No],[0]]
yi.registerError(Yi,st)
var Ji=[-3,ui,"InstanceLimitExceededException",{[yo]:eo},[No],[0]]
yi.registerError(Ji,Be)
var Xi=[-3,ui,"InstanceNameAlreadyRegisteredException",{[yo]:eo},[No],[0]]
yi.registerError(Xi,Fn)
var Qi=[-3,ui,"InstanceNameRequiredException",{[yo]:eo},[No],[0]]
yi.registerError(Qi,He)
var er=[-3,ui,"InstanceNotRegisteredException",{[yo]:eo},[No],[0]]
yi.registerError(er,Ue)
var tr=[-3,ui,"InvalidAlarmConfigException",{[yo]:eo},[No],[0]]
yi.registerError(tr,Ct)
var nr=[-3,ui,"InvalidApplicationNameException",{[yo]:eo},[No],[0]]
yi.registerError(nr,Xe)
var or=[-3,ui,"InvalidArnException",{[yo]:eo},[No],[0]]
yi.registerError(or,$n)
var ir=[-3,ui,"InvalidAutoRollbackConfigException",{[yo]:eo},[No],[0]]
yi.registerError(ir,At)
var rr=[-3,ui,"InvalidAutoScalingGroupException",{[yo]:eo},[No],[0]]
yi.registerError(rr,$t)
var sr=[-3,ui,"InvalidBlueGreenDeploymentConfigurationException",{[yo]:eo},[No],[0]]
yi.registerError(sr,Zt)
var ar=[-3,ui,"InvalidBucketNameFilterException",{[yo]:eo},[No],[0]]
yi.registerError(ar,yn)
var cr=[-3,ui,"InvalidComputePlatformException",{[yo]:eo},[No],[0]]
yi.registerError(cr,at)
var pr=[-3,ui,"InvalidDeployedStateFilterException",{[yo]:eo},[No],[0]]
yi.registerError(pr,En)
var lr=[-3,ui,"InvalidDeploymentConfigNameException",{[yo]:eo},[No],[0]]
yi.registerError(lr,St)
var ur=[-3,ui,"InvalidDeploymentGroupNameException",{[yo]:eo},[No],[0]]
yi.registerError(ur,ot)
var mr=[-3,ui,"InvalidDeploymentIdException",{[yo]:eo},[No],[0]]
yi.registerError(mr,ct)
var dr=[-3,ui,"InvalidDeploymentInstanceTypeException",{[yo]:eo},[No],[0]]
yi.registerError(dr,vn)
var yr=[-3,ui,"InvalidDeploymentStatusException",{[yo]:eo},[No],[0]]
yi.registerError(yr,gt)
var Er=[-3,ui,"InvalidDeploymentStyleException",{[yo]:eo},[No],[0]]
yi.registerError(Er,Yt)
var xr=[-3,ui,"InvalidDeploymentTargetIdException",{[yo]:eo},[No],[0]]
yi.registerError(xr,yt)
var fr=[-3,ui,"InvalidDeploymentWaitTypeException",{[yo]:eo},[No],[0]]
yi.registerError(fr,It)
var gr=[-3,ui,"InvalidEC2TagCombinationException",{[yo]:eo},[No],[0]]
yi.registerError(gr,Jt)
var Ir=[-3,ui,"InvalidEC2TagException",{[yo]:eo},[No],[0]]
yi.registerError(Ir,Xt)
var vr=[-3,ui,"InvalidECSServiceException",{[yo]:eo},[No],[0]]
yi.registerError(vr,Rt)
var Or=[-3,ui,"InvalidExternalIdException",{[yo]:eo},[No],[0]]
yi.registerError(Or,Tn)
var Dr=[-3,ui,"InvalidFileExistsBehaviorException",{[yo]:eo},[No],[0]]
yi.registerError(Dr,bt)
var hr=[-3,ui,"InvalidGitHubAccountTokenException",{[yo]:eo},[No],[0]]
yi.registerError(hr,Gt)
var Tr=[-3,ui,"InvalidGitHubAccountTokenNameException",{[yo]:eo},[No],[0]]
yi.registerError(Tr,un)
var Pr=[-3,ui,"InvalidIamSessionArnException",{[yo]:eo},[No],[0]]
yi.registerError(Pr,Bn)
var Cr=[-3,ui,"InvalidIamUserArnException",{[yo]:eo},[No],[0]]
yi.registerError(Cr,Hn)
var Ar=[-3,ui,"InvalidIgnoreApplicationStopFailuresValueException",{[yo]:eo},[No],[0]]
yi.registerError(Ar,Lt)
var $r=[-3,ui,"InvalidInputException",{[yo]:eo},[No],[0]]
yi.registerError($r,Nt)
var Sr=[-3,ui,"InvalidInstanceNameException",{[yo]:eo},[No],[0]]
yi.registerError(Sr,qe)
var Rr=[-3,ui,"InvalidInstanceStatusException",{[yo]:eo},[No],[0]]
yi.registerError(Rr,On)
var br=[-3,ui,"InvalidInstanceTypeException",{[yo]:eo},[No],[0]]
yi.registerError(br,Dn)
var Gr=[-3,ui,"InvalidKeyPrefixFilterException",{[yo]:eo},[No],[0]]
yi.registerError(Gr,xn)
var Lr=[-3,ui,"InvalidLifecycleEventHookExecutionIdException",{[yo]:eo},[No],[0]]
yi.registerError(Lr,Rn)
var Nr=[-3,ui,"InvalidLifecycleEventHookExecutionStatusException",{[yo]:eo},[No],[0]]
yi.registerError(Nr,bn)
var kr=[-3,ui,"InvalidLoadBalancerInfoException",{[yo]:eo},[No],[0]]
yi.registerError(kr,kt)
var jr=[-3,ui,"InvalidMinimumHealthyHostValueException",{[yo]:eo},[No],[0]]
yi.registerError(jr,Mt)
var Fr=[-3,ui,"InvalidNextTokenException",{[yo]:eo},[No],[0]]
yi.registerError(Fr,fn)
var Br=[-3,ui,"InvalidOnPremisesTagCombinationException",{[yo]:eo},[No],[0]]
yi.registerError(Br,Qt)
var Hr=[-3,ui,"InvalidOperationException",{[yo]:eo},[No],[0]]
yi.registerError(Hr,cn)
var Ur=[-3,ui,"InvalidRegistrationStatusException",{[yo]:eo},[No],[0]]
yi.registerError(Ur,Cn)
var qr=[-3,ui,"InvalidRevisionException",{[yo]:eo},[No],[0]]
yi.registerError(qr,Qe)
var wr=[-3,ui,"InvalidRoleException",{[yo]:eo},[No],[0]]
yi.registerError(wr,jt)
var _r=[-3,ui,"InvalidSortByException",{[yo]:eo},[No],[0]]
yi.registerError(_r,gn)
var Mr=[-3,ui,"InvalidSortOrderException",{[yo]:eo},[No],[0]]
yi.registerError(Mr,In)
var Vr=[-3,ui,"InvalidTagException",{[yo]:eo},[No],[0]]
yi.registerError(Vr,we)
var Wr=[-3,ui,"InvalidTagFilterException",{[yo]:eo},[No],[0]]
yi.registerError(Wr,An)
var zr=[-3,ui,"InvalidTagsToAddException",{[yo]:eo},[No],[0]]
yi.registerError(zr,Ot)
var Kr=[-3,ui,"InvalidTargetFilterNameException",{[yo]:eo},[No],[0]]
yi.registerError(Kr,hn)
var Zr=[-3,ui,"InvalidTargetGroupPairException",{[yo]:eo},[No],[0]]
yi.registerError(Zr,en)
var Yr=[-3,ui,"InvalidTargetInstancesException",{[yo]:eo},[No],[0]]
yi.registerError(Yr,Ft)
var Jr=[-3,ui,"InvalidTimeRangeException",{[yo]:eo},[No],[0]]
yi.registerError(Jr,Pn)
var Xr=[-3,ui,"InvalidTrafficRoutingConfigurationException",{[yo]:eo},[No],[0]]
yi.registerError(Xr,Bt)
var Qr=[-3,ui,"InvalidTriggerConfigException",{[yo]:eo},[No],[0]]
yi.registerError(Qr,tn)
var es=[-3,ui,"InvalidUpdateOutdatedInstancesOnlyValueException",{[yo]:eo},[No],[0]]
yi.registerError(es,Ht)
var ts=[-3,ui,"InvalidZonalDeploymentConfigurationException",{[yo]:eo},[No],[0]]
yi.registerError(ts,Vt)
var ns=[-3,ui,"LifecycleEventAlreadyCompletedException",{[yo]:eo},[No],[0]]
yi.registerError(ns,Gn)
var os=[-3,ui,"LifecycleHookLimitExceededException",{[yo]:eo},[No],[0]]
yi.registerError(os,nn)
var is=[-3,ui,"MultipleIamArnsProvidedException",{[yo]:eo},[No],[0]]
yi.registerError(is,Un)
var rs=[-3,ui,"OperationNotSupportedException",{[yo]:eo},[No],[0]]
yi.registerError(rs,mn)
var ss=[-3,ui,"ResourceArnRequiredException",{[yo]:eo},[No],[0]]
yi.registerError(ss,Sn)
var as=[-3,ui,"ResourceValidationException",{[yo]:eo},[No],[0]]
yi.registerError(as,dn)
var cs=[-3,ui,"RevisionDoesNotExistException",{[yo]:eo},[No],[0]]
yi.registerError(cs,Ut)
var ps=[-3,ui,"RevisionRequiredException",{[yo]:eo},[No],[0]]
yi.registerError(ps,et)
var ls=[-3,ui,"RoleRequiredException",{[yo]:eo},[No],[0]]
yi.registerError(ls,on)
var us=[-3,ui,"TagLimitExceededException",{[yo]:eo},[No],[0]]
yi.registerError(us,_e)
var ms=[-3,ui,"TagRequiredException",{[yo]:eo},[No],[0]]
yi.registerError(ms,Me)
var ds=[-3,ui,"TagSetListLimitExceededException",{[yo]:eo},[No],[0]]
yi.registerError(ds,rn)
var ys=[-3,ui,"ThrottlingException",{[yo]:eo},[No],[0]]
yi.registerError(ys,Dt)
var Es=[-3,ui,"TriggerTargetsLimitExceededException",{[yo]:eo},[No],[0]]
yi.registerError(Es,sn)
var xs=[-3,ui,"UnsupportedActionForDeploymentTypeException",{[yo]:eo},[No],[0]]
yi.registerError(xs,vt)
const fs=[mi,yi]
var gs=[3,ui,"AddTagsToOnPremisesInstancesInput",0,[Yo,Co],[()=>Ep,64],2],Is=[3,ui,"Alarm",0,[jo],[0]],vs=[3,ui,"AlarmConfiguration",0,[Oo,"ignorePollAlarmFailure","alarms"],[2,2,()=>Jc]],Os=[3,ui,"ApplicationInfo",0,[Kn,Zn,no,"linkedToGitHub","gitHubAccountName",to],[0,0,4,2,0,0]],Ds=[3,ui,"AppSpecContent",0,[oo,Ko],[0,0]],hs=[3,ui,"AutoRollbackConfiguration",0,[Oo,"events"],[2,64]],Ts=[3,ui,"AutoScalingGroup",0,[jo,"hook","terminationHook"],[0,0,0]],Ps=[3,ui,"BatchGetApplicationRevisionsInput",0,[Zn,wo],[0,()=>dp],2],Cs=[3,ui,"BatchGetApplicationRevisionsOutput",0,[Zn,xo,wo],[0,0,()=>mp]],As=[3,ui,"BatchGetApplicationsInput",0,["applicationNames"],[64],1],$s=[3,ui,"BatchGetApplicationsOutput",0,["applicationsInfo"],[()=>Xc]],Ss=[3,ui,"BatchGetDeploymentGroupsInput",0,[Zn,"deploymentGroupNames"],[0,64],2],Rs=[3,ui,"BatchGetDeploymentGroupsOutput",0,["deploymentGroupsInfo",xo],[()=>ep,0]],bs=[3,ui,"BatchGetDeploymentInstancesInput",0,[lo,"instanceIds"],[0,64],2],Gs=[3,ui,"BatchGetDeploymentInstancesOutput",0,["instancesSummary",xo],[()=>pp,0]],Ls=[3,ui,"BatchGetDeploymentsInput",0,["deploymentIds"],[64],1],Ns=[3,ui,"BatchGetDeploymentsOutput",0,["deploymentsInfo"],[()=>tp]],ks=[3,ui,"BatchGetDeploymentTargetsInput",0,[lo,ti],[0,64],2],js=[3,ui,"BatchGetDeploymentTargetsOutput",0,["deploymentTargets"],[()=>np]],Fs=[3,ui,"BatchGetOnPremisesInstancesInput",0,[Co],[64],1],Bs=[3,ui,"BatchGetOnPremisesInstancesOutput",0,["instanceInfos"],[()=>cp]],Hs=[3,ui,"BlueGreenDeploymentConfiguration",0,["terminateBlueInstancesOnDeploymentSuccess","deploymentReadyOption","greenFleetProvisioningOption"],[()=>Us,()=>pa,()=>Ha]],Us=[3,ui,"BlueInstanceTerminationOption",0,[Xn,"terminationWaitTimeInMinutes"],[0,1]],qs=[3,ui,"CloudFormationTarget",0,[lo,ni,Lo,bo,Zo,"resourceType",si],[0,0,4,()=>lp,0,0,1]],ws=[3,ui,"ContinueDeploymentInput",0,[lo,"deploymentWaitType"],[0,0]],_s=[3,ui,"CreateApplicationInput",0,[Zn,to,Yo],[0,0,()=>Ep],1],Ms=[3,ui,"CreateApplicationOutput",0,[Kn],[0]],Vs=[3,ui,"CreateDeploymentConfigInput",0,[so,ko,ri,to,li],[0,()=>yc,()=>wc,0,()=>Zc],1],Ws=[3,ui,"CreateDeploymentConfigOutput",0,[ro],[0]],zs=[3,ui,"CreateDeploymentGroupInput",0,[Zn,po,Wo,so,go,Uo,Jn,Xo,zn,Yn,Ho,mo,Qn,Ro,Io,fo,qo,Yo,ei],[0,0,0,0,()=>op,()=>yp,64,()=>gp,()=>vs,()=>hs,0,()=>la,()=>Hs,()=>dc,()=>Ea,()=>rp,()=>xc,()=>Ep,2],3],Ks=[3,ui,"CreateDeploymentGroupOutput",0,[co],[0]],Zs=[3,ui,"CreateDeploymentInput",0,[Zn,po,Mo,so,io,To,oi,Yn,ci,Do,uo,Bo],[0,0,()=>Pc,0,0,2,()=>Fc,()=>hs,2,0,0,()=>vs],1],Ys=[3,ui,"CreateDeploymentOutput",0,[lo],[0]],Js=[3,ui,"DeleteApplicationInput",0,[Zn],[0],1],Xs=[3,ui,"DeleteDeploymentConfigInput",0,[so],[0],1],Qs=[3,ui,"DeleteDeploymentGroupInput",0,[Zn,po],[0,0],2],ea=[3,ui,"DeleteDeploymentGroupOutput",0,[ho],[()=>Qc]],ta=[3,ui,"DeleteGitHubAccountTokenInput",0,[ii],[0]],na=[3,ui,"DeleteGitHubAccountTokenOutput",0,[ii],[0]],oa=[3,ui,"DeleteResourcesByExternalIdInput",0,[Eo],[0]],ia=[3,ui,"DeleteResourcesByExternalIdOutput",0,[],[]],ra=[3,ui,"DeploymentConfigInfo",0,[ro,so,ko,no,to,ri,li],[0,0,()=>yc,4,0,()=>wc,()=>Zc]],sa=[3,ui,"DeploymentGroupInfo",0,[Zn,co,po,so,go,Uo,Jn,Wo,"targetRevision",Xo,zn,Yn,mo,Ho,Qn,Ro,"lastSuccessfulDeployment","lastAttemptedDeployment",Io,qo,to,fo,ei],[0,0,0,0,()=>op,()=>yp,()=>Qc,0,()=>Pc,()=>gp,()=>vs,()=>hs,()=>la,0,()=>Hs,()=>dc,()=>Va,()=>Va,()=>Ea,()=>xc,0,()=>rp,2]],aa=[3,ui,"DeploymentInfo",0,[Zn,po,so,lo,"previousRevision",Mo,Zo,"errorInformation",no,zo,"completeTime","deploymentOverview",io,"creator",To,Yn,ci,"rollbackInfo",mo,oi,"instanceTerminationWaitTimeStarted",Qn,Ro,"additionalDeploymentStatusInfo",Do,uo,"deploymentStatusMessages",to,Eo,"relatedDeployments",Bo],[0,0,0,0,()=>Pc,()=>Pc,0,()=>va,4,4,4,()=>ca,0,0,2,()=>hs,2,()=>Cc,()=>la,()=>Fc,2,()=>Hs,()=>dc,0,0,0,64,0,0,()=>Dc,()=>vs]],ca=[3,ui,"DeploymentOverview",0,["Pending","InProgress","Succeeded","Failed","Skipped","Ready"],[1,1,1,1,1,1]],pa=[3,ui,"DeploymentReadyOption",0,["actionOnTimeout","waitTimeInMinutes"],[0,1]],la=[3,ui,"DeploymentStyle",0,["deploymentType","deploymentOption"],[0,0]],ua=[3,ui,"DeploymentTarget",0,["deploymentTargetType","instanceTarget","lambdaTarget","ecsTarget","cloudFormationTarget"],[0,()=>wa,()=>Ma,()=>fa,()=>qs]],ma=[3,ui,"DeregisterOnPremisesInstanceInput",0,[Ao],[0],1],da=[3,ui,"Diagnostics",0,["errorCode","scriptName",No,"logTail"],[0,0,0,0]],ya=[3,ui,"EC2TagFilter",0,[qn,Wn,Mn],[0,0,0]],Ea=[3,ui,"EC2TagSet",0,["ec2TagSetList"],[()=>ip]],xa=[3,ui,"ECSService",0,["serviceName","clusterName"],[0,0]],fa=[3,ui,"ECSTarget",0,[lo,ni,Jo,Lo,bo,Zo,"taskSetsInfo"],[0,0,0,4,()=>lp,0,()=>sp]],ga=[3,ui,"ECSTaskSet",0,["identifer","desiredCount","pendingCount","runningCount",Zo,"trafficWeight","targetGroup","taskSetLabel"],[0,1,1,1,0,1,()=>kc,0]],Ia=[3,ui,"ELBInfo",0,[jo],[0]],va=[3,ui,"ErrorInformation",0,["code",No],[0,0]],Oa=[3,ui,"GenericRevisionInfo",0,[io,ao,"firstUsedTime","lastUsedTime",_o],[0,64,4,4,4]],Da=[3,ui,"GetApplicationInput",0,[Zn],[0],1],ha=[3,ui,"GetApplicationOutput",0,["application"],[()=>Os]],Ta=[3,ui,"GetApplicationRevisionInput",0,[Zn,Mo],[0,()=>Pc],2],Pa=[3,ui,"GetApplicationRevisionOutput",0,[Zn,Mo,"revisionInfo"],[0,()=>Pc,()=>Oa]],Ca=[3,ui,"GetDeploymentConfigInput",0,[so],[0],1],Aa=[3,ui,"GetDeploymentConfigOutput",0,["deploymentConfigInfo"],[()=>ra]],$a=[3,ui,"GetDeploymentGroupInput",0,[Zn,po],[0,0],2],Sa=[3,ui,"GetDeploymentGroupOutput",0,["deploymentGroupInfo"],[()=>sa]],Ra=[3,ui,"GetDeploymentInput",0,[lo],[0],1],ba=[3,ui,"GetDeploymentInstanceInput",0,[lo,Po],[0,0],2],Ga=[3,ui,"GetDeploymentInstanceOutput",0,["instanceSummary"],[()=>qa]],La=[3,ui,"GetDeploymentOutput",0,["deploymentInfo"],[()=>aa]],Na=[3,ui,"GetDeploymentTargetInput",0,[lo,ni],[0,0],2],ka=[3,ui,"GetDeploymentTargetOutput",0,["deploymentTarget"],[()=>ua]],ja=[3,ui,"GetOnPremisesInstanceInput",0,[Ao],[0],1],Fa=[3,ui,"GetOnPremisesInstanceOutput",0,["instanceInfo"],[()=>Ua]],Ba=[3,ui,"GitHubLocation",0,["repository","commitId"],[0,0]],Ha=[3,ui,"GreenFleetProvisioningOption",0,[Xn],[0]],Ua=[3,ui,"InstanceInfo",0,[Ao,$o,So,"instanceArn",_o,"deregisterTime",Yo],[0,0,0,0,4,4,()=>Ep]],qa=[3,ui,"InstanceSummary",0,[lo,Po,Zo,Lo,bo,"instanceType"],[0,0,0,4,()=>lp,0]],wa=[3,ui,"InstanceTarget",0,[lo,ni,Jo,Zo,Lo,bo,"instanceLabel"],[0,0,0,0,4,()=>lp,0]],_a=[3,ui,"LambdaFunctionInfo",0,["functionName","functionAlias","currentVersion","targetVersion",si],[0,0,0,0,1]],Ma=[3,ui,"LambdaTarget",0,[lo,ni,Jo,Zo,Lo,bo,"lambdaFunctionInfo"],[0,0,0,0,4,()=>lp,()=>_a]],Va=[3,ui,"LastDeploymentInfo",0,[lo,Zo,vo,no],[0,0,4,4]],Wa=[3,ui,"LifecycleEvent",0,["lifecycleEventName","diagnostics",zo,vo,Zo],[0,()=>da,4,4,0]],za=[3,ui,"ListApplicationRevisionsInput",0,[Zn,"sortBy","sortOrder","s3Bucket","s3KeyPrefix","deployed",Fo],[0,0,0,0,0,0,0],1],Ka=[3,ui,"ListApplicationRevisionsOutput",0,[wo,Fo],[()=>dp,0]],Za=[3,ui,"ListApplicationsInput",0,[Fo],[0]],Ya=[3,ui,"ListApplicationsOutput",0,["applications",Fo],[64,0]],Ja=[3,ui,"ListDeploymentConfigsInput",0,[Fo],[0]],Xa=[3,ui,"ListDeploymentConfigsOutput",0,["deploymentConfigsList",Fo],[64,0]],Qa=[3,ui,"ListDeploymentGroupsInput",0,[Zn,Fo],[0,0],1],ec=[3,ui,"ListDeploymentGroupsOutput",0,[Zn,ao,Fo],[0,64,0]],tc=[3,ui,"ListDeploymentInstancesInput",0,[lo,Fo,"instanceStatusFilter","instanceTypeFilter"],[0,0,64,64],1],nc=[3,ui,"ListDeploymentInstancesOutput",0,["instancesList",Fo],[64,0]],oc=[3,ui,"ListDeploymentsInput",0,[Zn,po,Eo,"includeOnlyStatuses","createTimeRange",Fo],[0,0,0,64,()=>Uc,0]],ic=[3,ui,"ListDeploymentsOutput",0,["deployments",Fo],[64,0]],rc=[3,ui,"ListDeploymentTargetsInput",0,[lo,Fo,"targetFilters"],[0,0,[2,ui,"TargetFilters",0,0,64]],1],sc=[3,ui,"ListDeploymentTargetsOutput",0,[ti,Fo],[64,0]],ac=[3,ui,"ListGitHubAccountTokenNamesInput",0,[Fo],[0]],cc=[3,ui,"ListGitHubAccountTokenNamesOutput",0,["tokenNameList",Fo],[64,0]],pc=[3,ui,"ListOnPremisesInstancesInput",0,["registrationStatus",Qo,Fo],[0,()=>yp,0]],lc=[3,ui,"ListOnPremisesInstancesOutput",0,[Co,Fo],[64,0]],uc=[3,ui,"ListTagsForResourceInput",0,[_n,wn],[0,0],1],mc=[3,ui,"ListTagsForResourceOutput",0,[Vn,wn],[()=>Ep,0]],dc=[3,ui,"LoadBalancerInfo",0,["elbInfoList","targetGroupInfoList","targetGroupPairInfoList"],[()=>ap,()=>xp,()=>fp]],yc=[3,ui,"MinimumHealthyHosts",0,[ai,pi],[0,1]],Ec=[3,ui,"MinimumHealthyHostsPerZone",0,[ai,pi],[0,1]],xc=[3,ui,"OnPremisesTagSet",0,["onPremisesTagSetList"],[()=>up]],fc=[3,ui,"PutLifecycleEventHookExecutionStatusInput",0,[lo,Go,Zo],[0,0,0]],gc=[3,ui,"PutLifecycleEventHookExecutionStatusOutput",0,[Go],[0]],Ic=[3,ui,"RawString",0,[oo,Ko],[0,0]],vc=[3,ui,"RegisterApplicationRevisionInput",0,[Zn,Mo,io],[0,()=>Pc,0],2],Oc=[3,ui,"RegisterOnPremisesInstanceInput",0,[Ao,$o,So],[0,0,0],1],Dc=[3,ui,"RelatedDeployments",0,["autoUpdateOutdatedInstancesRootDeploymentId","autoUpdateOutdatedInstancesDeploymentIds"],[0,64]],hc=[3,ui,"RemoveTagsFromOnPremisesInstancesInput",0,[Yo,Co],[()=>Ep,64],2],Tc=[3,ui,"RevisionInfo",0,["revisionLocation","genericRevisionInfo"],[()=>Pc,()=>Oa]],Pc=[3,ui,"RevisionLocation",0,["revisionType","s3Location","gitHubLocation","string","appSpecContent"],[0,()=>Ac,()=>Ba,()=>Ic,()=>Ds]],Cc=[3,ui,"RollbackInfo",0,["rollbackDeploymentId","rollbackTriggeringDeploymentId","rollbackMessage"],[0,0,0]],Ac=[3,ui,"S3Location",0,["bucket","key","bundleType","version","eTag"],[0,0,0,0,0]],$c=[3,ui,"SkipWaitTimeForInstanceTerminationInput",0,[lo],[0]],Sc=[3,ui,"StopDeploymentInput",0,[lo,"autoRollbackEnabled"],[0,2],1],Rc=[3,ui,"StopDeploymentOutput",0,[Zo,"statusMessage"],[0,0]],bc=[3,ui,"Tag",0,[qn,Wn],[0,0]],Gc=[3,ui,"TagFilter",0,[qn,Wn,Mn],[0,0,0]],Lc=[3,ui,"TagResourceInput",0,[_n,Vn],[0,()=>Ep],2],Nc=[3,ui,"TagResourceOutput",0,[],[]],kc=[3,ui,"TargetGroupInfo",0,[jo],[0]],jc=[3,ui,"TargetGroupPairInfo",0,["targetGroups","prodTrafficRoute","testTrafficRoute"],[()=>xp,()=>qc,()=>qc]],Fc=[3,ui,"TargetInstances",0,[Qo,Jn,Io],[()=>op,64,()=>Ea]],Bc=[3,ui,"TimeBasedCanary",0,["canaryPercentage","canaryInterval"],[1,1]],Hc=[3,ui,"TimeBasedLinear",0,["linearPercentage","linearInterval"],[1,1]],Uc=[3,ui,"TimeRange",0,["start","end"],[4,4]],qc=[3,ui,"TrafficRoute",0,["listenerArns"],[64]],wc=[3,ui,"TrafficRoutingConfig",0,[ai,"timeBasedCanary","timeBasedLinear"],[0,()=>Bc,()=>Hc]],_c=[3,ui,"TriggerConfig",0,["triggerName","triggerTargetArn","triggerEvents"],[0,0,64]],Mc=[3,ui,"UntagResourceInput",0,[_n,"TagKeys"],[0,64],2],Vc=[3,ui,"UntagResourceOutput",0,[],[]],Wc=[3,ui,"UpdateApplicationInput",0,[Zn,"newApplicationName"],[0,0]],zc=[3,ui,"UpdateDeploymentGroupInput",0,[Zn,"currentDeploymentGroupName","newDeploymentGroupName",so,go,Uo,Jn,Wo,Xo,zn,Yn,Ho,mo,Qn,Ro,Io,fo,qo,ei],[0,0,0,0,()=>op,()=>yp,64,0,()=>gp,()=>vs,()=>hs,0,()=>la,()=>Hs,()=>dc,()=>Ea,()=>rp,()=>xc,2],2],Kc=[3,ui,"UpdateDeploymentGroupOutput",0,[ho],[()=>Qc]],Zc=[3,ui,"ZonalConfig",0,["firstZoneMonitorDurationInSeconds","monitorDurationInSeconds","minimumHealthyHostsPerZone"],[1,1,()=>Ec]],Yc="unit",Jc=[1,ui,"AlarmList",0,()=>Is],Xc=[1,ui,"ApplicationsInfoList",0,()=>Os],Qc=[1,ui,"AutoScalingGroupList",0,()=>Ts],ep=[1,ui,"DeploymentGroupInfoList",0,()=>sa],tp=[1,ui,"DeploymentsInfoList",0,()=>aa],np=[1,ui,"DeploymentTargetList",0,()=>ua],op=[1,ui,"EC2TagFilterList",0,()=>ya],ip=[1,ui,"EC2TagSetList",0,()=>op],rp=[1,ui,"ECSServiceList",0,()=>xa],sp=[1,ui,"ECSTaskSetList",0,()=>ga],ap=[1,ui,"ELBInfoList",0,()=>Ia],cp=[1,ui,"InstanceInfoList",0,()=>Ua],pp=[1,ui,"InstanceSummaryList",0,()=>qa],lp=[1,ui,"LifecycleEventList",0,()=>Wa],up=[1,ui,"OnPremisesTagSetList",0,()=>yp],mp=[1,ui,"RevisionInfoList",0,()=>Tc],dp=[1,ui,"RevisionLocationList",0,()=>Pc],yp=[1,ui,"TagFilterList",0,()=>Gc],Ep=[1,ui,"TagList",0,()=>bc],xp=[1,ui,"TargetGroupInfoList",0,()=>kc],fp=[1,ui,"TargetGroupPairInfoList",0,()=>jc],gp=[1,ui,"TriggerConfigList",0,()=>_c],Ip=[9,ui,"AddTagsToOnPremisesInstances",0,()=>gs,()=>Yc],vp=[9,ui,"BatchGetApplicationRevisions",0,()=>Ps,()=>Cs],Op=[9,ui,"BatchGetApplications",0,()=>As,()=>$s],Dp=[9,ui,"BatchGetDeploymentGroups",0,()=>Ss,()=>Rs],hp=[9,ui,"BatchGetDeploymentInstances",0,()=>bs,()=>Gs],Tp=[9,ui,"BatchGetDeployments",0,()=>Ls,()=>Ns],Pp=[9,ui,"BatchGetDeploymentTargets",0,()=>ks,()=>js],Cp=[9,ui,"BatchGetOnPremisesInstances",0,()=>Fs,()=>Bs],Ap=[9,ui,"ContinueDeployment",0,()=>ws,()=>Yc],$p=[9,ui,"CreateApplication",0,()=>_s,()=>Ms],Sp=[9,ui,"CreateDeployment",0,()=>Zs,()=>Ys],Rp=[9,ui,"CreateDeploymentConfig",0,()=>Vs,()=>Ws],bp=[9,ui,"CreateDeploymentGroup",0,()=>zs,()=>Ks],Gp=[9,ui,"DeleteApplication",0,()=>Js,()=>Yc],Lp=[9,ui,"DeleteDeploymentConfig",0,()=>Xs,()=>Yc],Np=[9,ui,"DeleteDeploymentGroup",0,()=>Qs,()=>ea],kp=[9,ui,"DeleteGitHubAccountToken",0,()=>ta,()=>na],jp=[9,ui,"DeleteResourcesByExternalId",0,()=>oa,()=>ia],Fp=[9,ui,"DeregisterOnPremisesInstance",0,()=>ma,()=>Yc],Bp=[9,ui,"GetApplication",0,()=>Da,()=>ha],Hp=[9,ui,"GetApplicationRevision",0,()=>Ta,()=>Pa],Up=[9,ui,"GetDeployment",0,()=>Ra,()=>La],qp=[9,ui,"GetDeploymentConfig",0,()=>Ca,()=>Aa],wp=[9,ui,"GetDeploymentGroup",0,()=>$a,()=>Sa],_p=[9,ui,"GetDeploymentInstance",0,()=>ba,()=>Ga],Mp=[9,ui,"GetDeploymentTarget",0,()=>Na,()=>ka],Vp=[9,ui,"GetOnPremisesInstance",0,()=>ja,()=>Fa],Wp=[9,ui,"ListApplicationRevisions",0,()=>za,()=>Ka],zp=[9,ui,"ListApplications",0,()=>Za,()=>Ya],Kp=[9,ui,"ListDeploymentConfigs",0,()=>Ja,()=>Xa],Zp=[9,ui,"ListDeploymentGroups",0,()=>Qa,()=>ec],Yp=[9,ui,"ListDeploymentInstances",0,()=>tc,()=>nc],Jp=[9,ui,"ListDeployments",0,()=>oc,()=>ic],Xp=[9,ui,"ListDeploymentTargets",0,()=>rc,()=>sc],Qp=[9,ui,"ListGitHubAccountTokenNames",0,()=>ac,()=>cc],el=[9,ui,"ListOnPremisesInstances",0,()=>pc,()=>lc],tl=[9,ui,"ListTagsForResource",0,()=>uc,()=>mc],nl=[9,ui,"PutLifecycleEventHookExecutionStatus",0,()=>fc,()=>gc],ol=[9,ui,"RegisterApplicationRevision",0,()=>vc,()=>Yc],il=[9,ui,"RegisterOnPremisesInstance",0,()=>Oc,()=>Yc],rl=[9,ui,"RemoveTagsFromOnPremisesInstances",0,()=>hc,()=>Yc],sl=[9,ui,"SkipWaitTimeForInstanceTermination",0,()=>$c,()=>Yc],al=[9,ui,"StopDeployment",0,()=>Sc,()=>Rc],cl=[9,ui,"TagResource",0,()=>Lc,()=>Nc],pl=[9,ui,"UntagResource",0,()=>Mc,()=>Vc],ll=[9,ui,"UpdateApplication",0,()=>Wc,()=>Yc],ul=[9,ui,"UpdateDeploymentGroup",0,()=>zc,()=>Kc]
const ml=e=>{h(process.version)
const t=N(e),n=()=>t().then(T),o=(e=>({apiVersion:"2014-10-06",base64Decoder:e?.base64Decoder??ue,base64Encoder:e?.base64Encoder??le,disableHostPrefix:e?.disableHostPrefix??!1,endpointProvider:e?.endpointProvider??je,extensions:e?.extensions??[],httpAuthSchemeProvider:e?.httpAuthSchemeProvider??ge,httpAuthSchemes:e?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new re}],logger:e?.logger??new D,protocol:e?.protocol??Ee,protocolSettings:e?.protocolSettings??{defaultNamespace:"com.amazonaws.codedeploy",errorTypeRegistries:fs,xmlNamespace:"http://codedeploy.amazonaws.com/doc/2014-10-06/",version:"2014-10-06",serviceTarget:"CodeDeploy_20141006"},serviceId:e?.serviceId??"CodeDeploy",sha256:e?.sha256??xe,urlParser:e?.urlParser??z,utf8Decoder:e?.utf8Decoder??pe,utf8Encoder:e?.utf8Encoder??ce}))(e)
i(process.version)
const a={profile:e?.profile,logger:o.logger}
return{...o,...e,runtime:"node",defaultsMode:t,authSchemePreference:e?.authSchemePreference??k(se,a),bodyLengthChecker:e?.bodyLengthChecker??me,credentialDefaultProvider:e?.credentialDefaultProvider??ae,defaultUserAgentProvider:e?.defaultUserAgentProvider??r({serviceId:o.serviceId,clientVersion:Ie}),maxAttempts:e?.maxAttempts??k(Q,e),region:e?.region??k(B,{...H,...a}),requestHandler:ye.create(e?.requestHandler??n),retryMode:e?.retryMode??k({...X,default:async()=>(await n()).retryMode||J},e),streamCollector:e?.streamCollector??de,useDualstackEndpoint:e?.useDualstackEndpoint??k(F,a),useFipsEndpoint:e?.useFipsEndpoint??k(j,a),userAgentAppId:e?.userAgentAppId??k(s,a)}}
class dl extends A{config
constructor(...[e]){const t=ml(e||{})
super(t),this.initConfig=t
const n=(o=t,Object.assign(o,{useDualstackEndpoint:o.useDualstackEndpoint??!1,useFipsEndpoint:o.useFipsEndpoint??!1,defaultSigningName:"codedeploy"}))
var o
const i=p(n),r=ee(i),s=U(r),g=l(s),v=((e,t)=>{const n=Object.assign(a(e),P(e),K(e),(e=>{const t=e.httpAuthSchemes
let n=e.httpAuthSchemeProvider,o=e.credentials
return{setHttpAuthScheme(e){const n=t.findIndex(t=>t.schemeId===e.schemeId);-1===n?t.push(e):t.splice(n,1,e)},httpAuthSchemes:()=>t,setHttpAuthSchemeProvider(e){n=e},httpAuthSchemeProvider:()=>n,setCredentials(e){o=e},credentials:()=>o}})(e))
return t.forEach(e=>e.configure(n)),Object.assign(e,c(n),C(n),Z(n),{httpAuthSchemes:(o=n).httpAuthSchemes(),httpAuthSchemeProvider:o.httpAuthSchemeProvider(),credentials:o.credentials()})
var o})((e=>{const t=ie(e)
return Object.assign(t,{authSchemePreference:I(e.authSchemePreference??[])})})(V(g)),e?.extensions||[])
this.config=v,this.middlewareStack.use(oe(this.config)),this.middlewareStack.use(u(this.config)),this.middlewareStack.use(te(this.config)),this.middlewareStack.use(Y(this.config)),this.middlewareStack.use(m(this.config)),this.middlewareStack.use(d(this.config)),this.middlewareStack.use(y(this.config)),this.middlewareStack.use(E(this.config,{httpAuthSchemeParametersProvider:fe,identityProviderConfigProvider:async e=>new x({"aws.auth#sigv4":e.credentials})})),this.middlewareStack.use(f(this.config))}destroy(){super.destroy()}}const yl=$({UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}},"CodeDeploy_20141006","CodeDeployClient",W),El={},xl=(e,t,n,o)=>[]
class fl extends(yl(El,xl,"AddTagsToOnPremisesInstances",Ip)){}class gl extends(yl(El,xl,"BatchGetApplicationRevisions",vp)){}class Il extends(yl(El,xl,"BatchGetApplications",Op)){}class vl extends(yl(El,xl,"BatchGetDeploymentGroups",Dp)){}class Ol extends(yl(El,xl,"BatchGetDeploymentInstances",hp)){}class Dl extends(yl(El,xl,"BatchGetDeployments",Tp)){}class hl extends(yl(El,xl,"BatchGetDeploymentTargets",Pp)){}class Tl extends(yl(El,xl,"BatchGetOnPremisesInstances",Cp)){}class Pl extends(yl(El,xl,"ContinueDeployment",Ap)){}class Cl extends(yl(El,xl,"CreateApplication",$p)){}class Al extends(yl(El,xl,"CreateDeployment",Sp)){}class $l extends(yl(El,xl,"CreateDeploymentConfig",Rp)){}class Sl extends(yl(El,xl,"CreateDeploymentGroup",bp)){}class Rl extends(yl(El,xl,"DeleteApplication",Gp)){}class bl extends(yl(El,xl,"DeleteDeploymentConfig",Lp)){}class Gl extends(yl(El,xl,"DeleteDeploymentGroup",Np)){}class Ll extends(yl(El,xl,"DeleteGitHubAccountToken",kp)){}class Nl extends(yl(El,xl,"DeleteResourcesByExternalId",jp)){}class kl extends(yl(El,xl,"DeregisterOnPremisesInstance",Fp)){}class jl extends(yl(El,xl,"GetApplication",Bp)){}class Fl extends(yl(El,xl,"GetApplicationRevision",Hp)){}class Bl extends(yl(El,xl,"GetDeployment",Up)){}class Hl extends(yl(El,xl,"GetDeploymentConfig",qp)){}class Ul extends(yl(El,xl,"GetDeploymentGroup",wp)){}class ql extends(yl(El,xl,"GetDeploymentInstance",_p)){}class wl extends(yl(El,xl,"GetDeploymentTarget",Mp)){}class _l extends(yl(El,xl,"GetOnPremisesInstance",Vp)){}class Ml extends(yl(El,xl,"ListApplicationRevisions",Wp)){}class Vl extends(yl(El,xl,"ListApplications",zp)){}class Wl extends(yl(El,xl,"ListDeploymentConfigs",Kp)){}class zl extends(yl(El,xl,"ListDeploymentGroups",Zp)){}class Kl extends(yl(El,xl,"ListDeploymentInstances",Yp)){}class Zl extends(yl(El,xl,"ListDeployments",Jp)){}class Yl extends(yl(El,xl,"ListDeploymentTargets",Xp)){}class Jl extends(yl(El,xl,"ListGitHubAccountTokenNames",Qp)){}class Xl extends(yl(El,xl,"ListOnPremisesInstances",el)){}class Ql extends(yl(El,xl,"ListTagsForResource",tl)){}class eu extends(yl(El,xl,"PutLifecycleEventHookExecutionStatus",nl)){}class tu extends(yl(El,xl,"RegisterApplicationRevision",ol)){}class nu extends(yl(El,xl,"RegisterOnPremisesInstance",il)){}class ou extends(yl(El,xl,"RemoveTagsFromOnPremisesInstances",rl)){}class iu extends(yl(El,xl,"SkipWaitTimeForInstanceTermination",sl)){}class ru extends(yl(El,xl,"StopDeployment",al)){}class su extends(yl(El,xl,"TagResource",cl)){}class au extends(yl(El,xl,"UntagResource",pl)){}class cu extends(yl(El,xl,"UpdateApplication",ll)){}class pu extends(yl(El,xl,"UpdateDeploymentGroup",ul)){}const lu=g(dl,Ml,"nextToken","nextToken",""),uu=g(dl,Vl,"nextToken","nextToken",""),mu=g(dl,Wl,"nextToken","nextToken",""),du=g(dl,zl,"nextToken","nextToken",""),yu=g(dl,Kl,"nextToken","nextToken",""),Eu=g(dl,Zl,"nextToken","nextToken",""),xu=async(e,t)=>{let n
try{let o=await e.send(new Bl(t))
n=o
try{if("Succeeded"===(()=>o.deploymentInfo.status)())return{state:b.SUCCESS,reason:n}}catch(e){}try{if("Failed"===(()=>o.deploymentInfo.status)())return{state:b.FAILURE,reason:n}}catch(e){}try{if("Stopped"===(()=>o.deploymentInfo.status)())return{state:b.FAILURE,reason:n}}catch(e){}}catch(e){n=e}return{state:b.RETRY,reason:n}},fu=async(e,t)=>{const n=await S({minDelay:15,maxDelay:120,...e},t,xu)
return R(n)},gu={AddTagsToOnPremisesInstancesCommand:fl,BatchGetApplicationRevisionsCommand:gl,BatchGetApplicationsCommand:Il,BatchGetDeploymentGroupsCommand:vl,BatchGetDeploymentInstancesCommand:Ol,BatchGetDeploymentsCommand:Dl,BatchGetDeploymentTargetsCommand:hl,BatchGetOnPremisesInstancesCommand:Tl,ContinueDeploymentCommand:Pl,CreateApplicationCommand:Cl,CreateDeploymentCommand:Al,CreateDeploymentConfigCommand:$l,CreateDeploymentGroupCommand:Sl,DeleteApplicationCommand:Rl,DeleteDeploymentConfigCommand:bl,DeleteDeploymentGroupCommand:Gl,DeleteGitHubAccountTokenCommand:Ll,DeleteResourcesByExternalIdCommand:Nl,DeregisterOnPremisesInstanceCommand:kl,GetApplicationCommand:jl,GetApplicationRevisionCommand:Fl,GetDeploymentCommand:Bl,GetDeploymentConfigCommand:Hl,GetDeploymentGroupCommand:Ul,GetDeploymentInstanceCommand:ql,GetDeploymentTargetCommand:wl,GetOnPremisesInstanceCommand:_l,ListApplicationRevisionsCommand:Ml,ListApplicationsCommand:Vl,ListDeploymentConfigsCommand:Wl,ListDeploymentGroupsCommand:zl,ListDeploymentInstancesCommand:Kl,ListDeploymentsCommand:Zl,ListDeploymentTargetsCommand:Yl,ListGitHubAccountTokenNamesCommand:Jl,ListOnPremisesInstancesCommand:Xl,ListTagsForResourceCommand:Ql,PutLifecycleEventHookExecutionStatusCommand:eu,RegisterApplicationRevisionCommand:tu,RegisterOnPremisesInstanceCommand:nu,RemoveTagsFromOnPremisesInstancesCommand:ou,SkipWaitTimeForInstanceTerminationCommand:iu,StopDeploymentCommand:ru,TagResourceCommand:su,UntagResourceCommand:au,UpdateApplicationCommand:cu,UpdateDeploymentGroupCommand:pu},Iu={paginateListApplicationRevisions:lu,paginateListApplications:uu,paginateListDeploymentConfigs:mu,paginateListDeploymentGroups:du,paginateListDeploymentInstances:yu,paginateListDeployments:Eu},vu={waitUntilDeploymentSuccessful:fu}
class Ou extends dl{}G(gu,Ou,{paginators:Iu,waiters:vu})
t.CodeDeployClient=dl,t.CreateDeploymentCommand=Al,t.GetDeploymentCommand=Bl,t.GetDeploymentGroupCommand=Ul,t.StopDeploymentCommand=ru}}

