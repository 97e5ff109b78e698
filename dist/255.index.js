export const id=255
export const ids=[255]
export const modules={5745:(e,n,t)=>{t.d(n,{WI:()=>u,Yc:()=>s,jj:()=>a,mc:()=>h,u5:()=>l})
var r=t(8795)
const i=/User: (\S+) is not authorized to perform: ([\w-]+:[\w*-]+)(?: on resource: (\S+?))?(?: because no ([\w -]+?)(?: policy)? allows the \2 action| (with an explicit deny)(?: in (?:an? |the )?(permissions boundary|[\w -]+? policy))?)?(?=[.,;"'\]}]*(?:\s|$))/
function s(e){const n=i.exec(e??"")
if(!n)return
const t=void 0!==n[5]
return{principal:n[1],action:n[2],resource:n[3]??"",explicit:t,policyType:(t?n[6]:n[4])?.replace(/ policy$/,"")||void 0}}const o={"identity-based":"the role's policy","permissions boundary":"the role's permissions boundary","service control":"the organization's service control policies","resource control":"the organization's resource control policies",session:"the session policy passed when assuming the role","resource-based":"the resource's policy","VPC endpoint":"the VPC endpoint's policy"}
function a(e){const n=e.resource?` on ${t=e.resource,t.replace(/^(arn:[^:]+:ecs:[^:]*:[^:]*:task-definition\/[^:/]+):\d+$/,"$1:*").replace(/^(arn:[^:]+:ecs:[^:]*:[^:]*:task\/[^/]+)\/[^/]+$/,"$1/*").replace(/^(arn:[^:]+:ecs:[^:]*:[^:]*:service-(?:deployment|revision)\/[^/]+\/[^/]+)\/[^/]+$/,"$1/*")}`:""
var t
const r=e.policyType??"identity-based"
if(e.explicit){return`An explicit Deny in ${"identity-based"===r?"the role's policies":`a ${r} policy`} refuses ${e.action}${n}; remove it (see docs/iam.md)`}return`Missing IAM permission: add ${e.action}${n} to ${o[r]??`the ${r} policy`} (see docs/iam.md)`}const c=new Set(["AccessDeniedException","AccessDenied"])
function u(e){for(let n=e,t=0;n&&"object"==typeof n&&t<5;n=n.cause,t++)if(c.has(n.name)||403===n.$metadata?.httpStatusCode)return s("string"==typeof n.message?n.message:void 0)}function l(e,n){return`${n}. ${a(e)}`}const f=new Set
function h(e){f.has(e)||(f.add(e),r.Rm.warning(e))}},7268:(e,n,t)=>{t.d(n,{dz:()=>i,gJ:()=>s,lZ:()=>r})
class r extends Error{location
constructor(e,n={},t){super(e,t),this.name="ActionError",this.location=n}}class i extends r{constructor(e,n,t,r={}){super(`Input '${e}': ${n}${t?`. ${t}`:""}`,{...r,input:e}),this.name="InputError"}}function s(e){return e instanceof Error?e.message:String(e)}},1662:(e,n,t)=>{t.d(n,{G0:()=>u,uz:()=>h})
var r=t(7268),i=t(8795)
const s=e=>`INPUT_${e.replace(/ /g,"_").toUpperCase()}`,o=e=>process.env[s(e)]
function a(e,n){const t=e.replace(/_/g,"-")
let r
for(const e of n){const n=c(t,e.toLowerCase());(!r||n<r.distance)&&(r={name:e,distance:n})}return r&&r.distance<=Math.max(2,Math.floor(t.length/4))?r.name:void 0}function c(e,n){let t=Array.from({length:n.length+1},(e,n)=>n)
for(let r=1;r<=e.length;r++){const i=[r]
for(let s=1;s<=n.length;s++)i[s]=Math.min(t[s]+1,i[s-1]+1,t[s-1]+(e[r-1]===n[s-1]?0:1))
t=i}return t[n.length]}class u{source
renames
read
values
constructor(e=o,n={},t=new Set,r={}){this.source=e,this.renames=n,this.read=t,this.values=r}static forAction(e,n=process.env){const t=function(e,n){const t=new Map(n.known.map(e=>[s(e).slice(6),e])),i=new Map(Object.entries(n.reference?.inputs??{}).filter(([,e])=>"default"!==e.kind).map(([e,n])=>[s(e).slice(6),{name:e,difference:n}])),o=[],c=[],u=`valid inputs are ['${n.known.join("', '")}']`
for(const[r,l]of Object.entries(e)){if(!r.startsWith("INPUT_")||void 0===l)continue
const e=r.slice(6)
if(t.has(e))continue
const f=e.toUpperCase()
if(t.has(f)){o.push(`${r} is not read: inputs are read from upper-case variables, as the runner sets them. Rename it ${s(t.get(f))}`)
continue}const h=i.get(f)
if(h){const e=l.trim()
if(!e||h.difference.accepts?.includes(e.toLowerCase()))continue
c.push({name:h.name,why:h.difference.why})
continue}const d=e.toLowerCase(),p=a(d,n.known)
o.push(`Unexpected input '${d}', ${u}${p?`. Did you mean '${p}'?`:""} ${n.action} ignores it`)}if(0===c.length)return{warnings:o}
const l=c.map(({name:e,why:n})=>`'${e}' (${n})`).join(", "),f=1===c.length?`is an input of ${n.reference.repository} that ${n.action} does not support: ${c[0].why}`:`${l} are inputs of ${n.reference.repository} that ${n.action} does not support`
return{warnings:o,error:new r.dz(c[0].name,f,'Remove it from the step, or see "Coming from aws-actions" in the README')}}(n,e)
for(const e of t.warnings)i.Rm.warning(e)
if(t.error)throw t.error
return new u(e=>n[s(e)])}renamed(e){return new u(this.source,{...this.renames,...e},this.read,this.values)}withValues(e){return new u(this.source,this.renames,this.read,{...this.values,...e})}nameOf(e){return this.renames[e]??e}raw(e){if(Object.hasOwn(this.values,e))return this.values[e].trim()
const n=this.nameOf(e)
return this.read.add(n),(this.source(n)??"").trim()}line(e){const n=this.raw(e),t=(0,i.TL)(n)
if(t)throw new r.dz(this.nameOf(e),`contains ${t}`,"Give a single line without control characters")
return n}string(e,n={}){const t=this.line(e)
if(t)return t
if(n.required)throw new r.dz(this.nameOf(e),"is required but empty","Set it in the step's `with:` block")
return n.default??""}optional(e){return this.line(e)||void 0}boolean(e,n){const t=this.line(e)
if(!t)return n
if(/^true$/i.test(t))return!0
if(/^false$/i.test(t))return!1
throw new r.dz(this.nameOf(e),`'${t}' is not a boolean`,"Use true or false")}integer(e,n={}){const t=this.line(e)
if(!t)return n.default
if(!/^[+-]?\d+$/.test(t))throw new r.dz(this.nameOf(e),`'${t}' is not a whole number`,l(n))
return this.inRange(e,Number(t),n)}number(e,n={}){const t=this.line(e)
if(!t)return n.default
if(!/^[+]?(\d+(\.\d*)?|\.\d+)$/.test(t))throw new r.dz(this.nameOf(e),`'${t}' is not a number`,l(n))
return this.inRange(e,Number(t),n)}choice(e,n,t){const i=this.line(e)
if(!i)return t
const s=n.find(e=>e===i.toLowerCase())
if(!s)throw new r.dz(this.nameOf(e),`'${i}' is not one of ${n.join(", ")}`,`Use one of: ${n.join(", ")}`)
return s}list(e,n){return this.checked(e,this.lines(e).map(e=>e.text),n)}commaList(e,n){const t=this.lines(e).flatMap(e=>e.text.split(",")).map(e=>e.trim()).filter(Boolean)
return this.checked(e,t,n)}checked(e,n,t){const i=t&&n.find(e=>!t.valid(e))
if(t&&void 0!==i)throw new r.dz(this.nameOf(e),`'${i}' is not ${t.is}`,t.hint)
return n}lines(e){const n=h(this.raw(e))
for(const{text:t,line:s}of n){const n=(0,i.TL)(t)
if(n)throw new r.dz(this.nameOf(e),`line ${s} contains ${n}`,"Write one item per line, without control characters")}return n}keyValues(e,n={}){const t=[]
for(const{text:s,line:o}of h(this.raw(e))){const a=s.indexOf("="),c=a<0?"":s.slice(0,a).trim()
if(a<=0||!c){const n=a<0?"it has no '='":"nothing before the '='"
throw new r.dz(this.nameOf(e),`line ${o} is not KEY=VALUE: ${n}`,"Write one KEY=VALUE per line")}const u=(0,i.TL)(c)??(0,i.TL)(s.slice(a+1).replace(/\t/g,""))
if(u){const n=(0,i.TL)(c)?"the key":"the value"
throw new r.dz(this.nameOf(e),`line ${o}: ${n} contains ${u}`,"Write one KEY=VALUE per line, without control characters")}if(n.keyPattern&&!n.keyPattern.test(c))throw new r.dz(this.nameOf(e),`line ${o}: '${f(c)}' ${n.keyRule??"is not a valid key"}`)
t.push({key:c,value:s.slice(a+1),line:o})}return t}region(e="aws-region",n={required:!0}){const t=this.line(e)||n.default||process.env.AWS_REGION||process.env.AWS_DEFAULT_REGION||""
if(!t){if(!1===n.required)return""
throw new r.dz(this.nameOf(e),"no region given","Set it, or set AWS_REGION in the job (aws-actions/configure-aws-credentials does)")}if(!/^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/.test(t))throw new r.dz(this.nameOf(e),`'${t}' is not an AWS region`,"Use a region code such as eu-west-3")
return t}inRange(e,n,t){if(void 0!==t.min&&n<t.min||void 0!==t.max&&n>t.max)throw new r.dz(this.nameOf(e),`${n} is out of range`,l(t))
return n}}function l(e){return void 0!==e.min&&void 0!==e.max?`Use a value from ${e.min} to ${e.max}`:void 0!==e.min?`Use a value of at least ${e.min}`:"Use a number"}function f(e){return e.length>40?`${e.slice(0,37)}...`:e}function h(e){return e.split(/\r?\n/).map((e,n)=>({text:e.trim(),line:n+1})).filter(e=>""!==e.text&&!e.text.startsWith("#"))}},8795:(e,n,t)=>{t.d(n,{CK:()=>p,Rm:()=>d,TL:()=>l,TW:()=>h,sN:()=>f})
var r=t(7075),i=t(6058)
const s={"\n":"a line feed","\r":"a carriage return","\t":"a tab","\u2028":"a line separator","\u2029":"a paragraph separator"},o={"\n":"\\n","\r":"\\r","\t":"\\t"},a=/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/,c=new RegExp(a.source,"g"),u=e=>`U+${e.codePointAt(0).toString(16).toUpperCase().padStart(4,"0")}`
function l(e){const n=a.exec(e)?.[0]
if(void 0!==n)return`${s[n]??"a control character"} (${u(n)})`}function f(e){return String(e).replace(c,e=>o[e]??`\\u${e.charCodeAt(0).toString(16).padStart(4,"0")}`).replace(/##\[/g,"##\\[").replace(/^(\s*)::/,"$1\\::")}function h(e){return String(e).split(/\r\n|\r|\n/).map(f).join("\n")}const d={info:e=>i.pq(f(e)),debug:e=>i.Yz(h(e)),warning:(e,n)=>i.$e(h(e),n),error:(e,n)=>i.z3(h(e),n),startGroup:e=>i.Oh(f(e)),endGroup:()=>i.N4(),group:(e,n)=>i.Os(f(e),n)}
function p(e){let n=""
const t=new r.Writable({write(t,r,i){const s=(n+t.toString()).split(/\r?\n/)
n=s.pop()??"",s.length&&e.write(s.map(e=>`${f(e)}\n`).join("")),i()}})
return Object.assign(t,{flush(){n&&e.write(`${f(n)}\n`),n=""}})}},4114:(e,n,t)=>{t.d(n,{C:()=>s})
var r=t(8795),i=t(7268)
async function s(e){const n=new AbortController,t=e=>{n.signal.aborted&&process.exit(1),n.abort(new o(e))}
process.once("SIGINT",t),process.once("SIGTERM",t)
try{await e(n.signal)}catch(e){!function(e){if(process.exitCode=1,e instanceof i.lZ){const{file:n,line:t,column:i}=e.location
r.Rm.error(e.message,n?{file:n,startLine:t,startColumn:i}:{})}else r.Rm.error(`Unexpected error: ${(0,i.gJ)(e)}`),e instanceof Error&&e.stack&&r.Rm.debug(e.stack)}(e)}finally{process.off("SIGINT",t),process.off("SIGTERM",t)}}class o extends i.lZ{signal
constructor(e){super(`Cancelled (${e})`),this.signal=e,this.name="CancelledError"}}},1119:(e,n,t)=>{t.d(n,{Sy:()=>o,mG:()=>l})
var r=t(3024),i=t(6058),s=t(8795)
async function o(e){process.env.GITHUB_STEP_SUMMARY&&await i.z.addRaw(function(e){const n=[`### ${(0,s.sN)(e.title)}`,"","| | |","|---|---|"]
for(const[t,r]of e.facts)n.push(`| ${a(t)} | ${a(r)} |`)
for(const t of e.details??[])0!==t.lines.length&&n.push("",`#### ${(0,s.sN)(t.heading)}`,"",...t.lines.map(s.sN))
return n.join("\n")+"\n"}(e),!0).write()}function a(e){return(0,s.TW)(e).replace(/\|/g,"\\|").replace(/\n/g,"<br>")}const c="\x3c!-- infra-actions:headline --\x3e"
function u(e){const n=e.commit??process.env.GITHUB_SHA??"",t=e.environment??process.env.DEPLOY_ENVIRONMENT??"",r=[`**${f(e.service)}**${t?` in **${f(t)}**`:""}`]
return n&&r.push(`commit \`${(0,s.TW)(n.slice(0,7)).replace(/[`\n]/g,"'")}\``),r.push(f(e.result),function(e){const n=Math.max(0,e)/1e3
if(n<60)return`${n.toFixed(1)} s`
const t=Math.round(n)
return`${Math.floor(t/60)} min ${t%60} s`}(e.durationMs)),`${r.join(" \xb7 ")} ${c}\n\n`}function l(e){const n=process.env.GITHUB_STEP_SUMMARY
if(!n)return
const t=(0,r.existsSync)(n)?(0,r.readFileSync)(n,"utf8"):"",i=t.slice(0,t.indexOf("\n")+1),s=i.trimEnd().endsWith(c)?t.slice(i.length).replace(/^\n/,""):t;(0,r.writeFileSync)(n,u(e)+s)}function f(e){return(0,s.TW)(e).replace(/\s*\n\s*/g," ").replace(/[\\*_[\]<>|]/g,e=>`\\${e}`)}}}

