export const id=77
export const ids=[77]
export const modules={8493:(e,t,n)=>{n.d(t,{aH:()=>h,u0:()=>u})
var i=n(3024),o=n(6760),r=n.n(o),a=n(8815),s=n(7268),f=n(4827)
const c=1048576,l=100
function u(e,t){const n=(0,f.q)(e,t)
let o
try{const r=(0,i.statSync)(n)
if(!r.isFile())throw new s.dz(e,`'${t}' is not a file`,"Give the path of a JSON or YAML file")
o=r.size}catch(t){if(t instanceof s.dz)throw t
throw new s.dz(e,`file not found: ${n}`,"Check the path; relative paths are resolved under GITHUB_WORKSPACE")}if(o>c)throw new s.dz(e,`${n} is ${o} bytes, over the ${c}-byte limit`,"A task definition is a few kilobytes; check that the path names the right file")
const r=(0,i.readFileSync)(n)
let u
try{u=new TextDecoder("utf-8",{fatal:!0}).decode(r)}catch{throw new s.dz(e,`${n} is not valid UTF-8 text`,"Save the file as UTF-8",{file:n})}return function(e,t,n){const i=new a.HN;(/\.json$/i.test(t)||/^\s*[{[]/.test(n))&&function(e,t,n){const i=function(e){const t=e.length,n=[]
let i=0,o="value"
const r=(t,n)=>({...d(e,t),problem:n}),a=()=>{for(;i<t&&(" "===e[i]||"\t"===e[i]||"\n"===e[i]||"\r"===e[i]);)i++},s=()=>n.length?"next":"end"
for(;;){if(a(),i>=t){if("end"===o)return
return""===e.trim()?r(0,"the file is empty"):r(e.trimEnd().length,"the file ends before the JSON value is complete")}const l=e[i]
switch(o){case"end":return r(i,"more text after the JSON value")
case"next":{const e="{"===n[n.length-1]?"}":"]"
if(","===l)o="}"===e?"key":"value",i++
else{if(l!==e)return r(i,`expected ',' or '${e}'`)
n.pop(),o=s(),i++}break}case"first-key":case"key":if("}"===l){if("key"===o)return r(i,"a comma before '}' (JSON has no trailing commas)")
n.pop(),o=s(),i++
break}if('"'!==l)return r(i,"a key that is not in double quotes")
{const e=f()
if(e)return e}o="colon"
break
case"colon":if(":"!==l)return r(i,"expected ':' after the key")
i++,o="value"
break
case"first-value":case"value":if("]"===l&&"value"===o&&"["===n[n.length-1])return r(i,"a comma before ']' (JSON has no trailing commas)")
if("]"===l&&"first-value"===o){n.pop(),o=s(),i++
break}if("{"===l||"["===l){n.push(l),o="{"===l?"first-key":"first-value",i++
break}{const e='"'===l?f():c()
if(e)return e}o=s()}}function f(){const n=i
for(i++;;){if(i>=t||"\n"===e[i]||"\r"===e[i])return r(n,"a string that is not closed on its line")
const o=e.charCodeAt(i)
if('"'===e[i])return void i++
if(o<32)return r(i,"a control character inside a string (write it as an escape)")
if("\\"===e[i]){const t=e[i+1]
if("u"===t){if(!/^[0-9a-fA-F]{4}$/.test(e.slice(i+2,i+6)))return r(i,"an invalid \\u escape")
i+=6
continue}if(void 0===t||!'"\\/bfnrt'.includes(t))return r(i,"an invalid escape in a string")
i+=2
continue}i++}}function c(){for(const t of["true","false","null"])if(e.startsWith(t,i))return void(i+=t.length)
if("'"===e[i])return r(i,"a string in single quotes (JSON takes double quotes)")
if("-"!==e[i]&&!/[0-9]/.test(e[i]))return r(i,"a value that is not JSON")
const t=/-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y
t.lastIndex=i
const n=t.exec(e)
if(!n)return r("-"===e[i]?i+1:i,"a number without digits")
i+=n[0].length}}(n)
if(!i)return
throw new s.dz(e,`${t} is not valid JSON (line ${i.line}, column ${i.column}): ${i.problem}`,void 0,{file:t,line:i.line,column:i.column})}(e,t,n)
const o=(0,a.Tp)(n,{lineCounter:i,prettyErrors:!1,uniqueKeys:!0}),r=o.errors[0]
if(r){const n=i.linePos(r.pos[0]),o=/\.json$/i.test(t)?"JSON":"JSON or YAML",a=r.code.toLowerCase().replace(/_/g," ")
throw new s.dz(e,`${t} is not valid ${o} (line ${n.line}, column ${n.col}): ${a}`,void 0,{file:t,line:n.line,column:n.col})}let f
try{f=o.toJS({maxAliasCount:l})}catch(n){throw new s.dz(e,`${t} could not be read: ${n.message}`,"Remove the YAML aliases that expand it",{file:t})}return{data:f,file:t,lineOf(e){const t=o.getIn(e,!0)
let n=t?.range?.[0]
if(void 0===n&&e.length>0){const t=o.getIn(e.slice(0,-1),!0);(0,a.P3)(t)&&(n=t.range?.[0])}return void 0===n?void 0:i.linePos(n).line}}}(e,n,u)}function d(e,t){const n=e.slice(0,t),i=Math.max(n.lastIndexOf("\n"),n.lastIndexOf("\r"))+1
return{line:n.split(/\r\n|\r|\n/).length,column:t-i+1}}function h(e,t,n,i){const o=t.lineOf(n)
return new s.dz(e,`${r().basename(t.file)}${o?`:${o}`:""}: ${i}`,void 0,{file:t.file,line:o})}},4827:(e,t,n)=>{n.d(t,{q:()=>s})
var i=n(3024),o=n(6760),r=n.n(o),a=n(7268)
function s(e,t){if(r().isAbsolute(t))return r().normalize(t)
const n=r().resolve(process.env.GITHUB_WORKSPACE||process.cwd()),o=r().resolve(n,t),s=()=>new a.dz(e,`'${t}' points outside the workspace (${n})`,"Use a path inside the repository checkout, or an absolute path")
if(!f(n,o))throw s()
let c
try{c=(0,i.realpathSync)(o)}catch{return o}if(!f(function(e){try{return(0,i.realpathSync)(e)}catch{return e}}(n),c))throw s()
return o}function f(e,t){return t===e||t.startsWith(e+r().sep)}},6077:(e,t,n)=>{n.d(t,{bK:()=>c,bs:()=>f,sO:()=>l})
var i=n(8293),o=n(8493),r=n(7268)
class a extends r.dz{identifier
constructor(e,t){super(e,`no task definition '${t}' is registered in this account and region`,"Check the family, the revision and aws-region (a family exists once it has been registered)"),this.identifier=t,this.name="TaskDefinitionNotFoundError"}}function s(e){return"object"==typeof e&&null!==e&&!Array.isArray(e)}function f(e,t){const n=(0,o.u0)(e,t)
if(!s(n.data))throw(0,o.aH)(e,n,[],"is not a task definition: expected an object with containerDefinitions")
const i=s(n.data.taskDefinition)&&!("containerDefinitions"in n.data),r=i?["taskDefinition"]:[],a=i?n.data.taskDefinition:n.data,f={data:a,file:n.file,lineOf:e=>n.lineOf([...r,...e])}
if(!Array.isArray(a.containerDefinitions)){const t=void 0===a.containerDefinitions?"has no containerDefinitions array":"containerDefinitions must be an array"
throw(0,o.aH)(e,f,["containerDefinitions"],`${t}; a task definition lists its containers there`)}let c=[]
return i&&void 0!==n.data.tags&&null!==n.data.tags&&(c=function(e,t){if(!Array.isArray(e))throw t(void 0,"tags must be an array of { key, value }")
return e.map((e,n)=>{if(!s(e)||"string"!=typeof e.key||"string"!=typeof(e.value??""))throw t(n,`tags[${n}] must be an object with a string key and value`)
return{key:e.key,value:e.value??""}})}(n.data.tags,(t,i)=>(0,o.aH)(e,n,void 0===t?["tags"]:["tags",t],i))),{definition:a,tags:c,document:f}}async function c(e,t){const o=function(e){if(e.arn)return e.arn
if(!e.family)throw new r.lZ("A task definition ARN or family is needed to fetch one from ECS")
return void 0===e.revision?e.family:`${e.family}:${e.revision}`}(t),{DescribeTaskDefinitionCommand:s}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19))
let f
try{f=await e.send(new s({taskDefinition:o,include:["TAGS"]}))}catch(e){if(l(e)){const e=t.input??(t.arn?"task-definition-arn":"task-definition-family")
throw new a(e,o)}throw(0,i.es)(e,`describing task definition ${o}`)}if(!f.taskDefinition)throw new r.lZ(`ECS returned no task definition for '${o}'`)
return{definition:JSON.parse(JSON.stringify(f.taskDefinition)),tags:(f.tags??[]).map(e=>({key:e.key??"",value:e.value??""})),arn:f.taskDefinition.taskDefinitionArn??o}}function l(e){if(e instanceof a)return!0
const t=e
return!(!t||"object"!=typeof t)&&("ResourceNotFoundException"===t.name||"ClientException"===t.name&&/unable to describe task definition|not found|does not exist|no task definition/i.test(t.message??""))}}}

