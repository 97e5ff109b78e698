export const id=58
export const ids=[58]
export const modules={6058:(t,n,e)=>{e.d(n,{Yz:()=>_,N4:()=>R,z3:()=>S,Gu:()=>B,Os:()=>P,pq:()=>U,LZ:()=>x,uH:()=>L,Pq:()=>b,Oh:()=>j,z:()=>E,$e:()=>T})
var r=e(857)
function i(t){return null==t?"":"string"==typeof t||t instanceof String?t:JSON.stringify(t)}function s(t){return Object.keys(t).length?{title:t.title,file:t.file,line:t.startLine,endLine:t.endLine,col:t.startColumn,endColumn:t.endColumn}:{}}function o(t,n,e){const i=new c(t,n,e)
process.stdout.write(i.toString()+r.EOL)}function a(t,n=""){o(t,{},n)}class c{constructor(t,n,e){t||(t="missing.command"),this.command=t,this.properties=n,this.message=e}toString(){let t="::"+this.command
if(this.properties&&Object.keys(this.properties).length>0){t+=" "
let n=!0
for(const e in this.properties)if(this.properties.hasOwnProperty(e)){const r=this.properties[e]
r&&(n?n=!1:t+=",",t+=`${e}=${u(r)}`)}}var n
return t+=`::${n=this.message,i(n).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}`,t}}function u(t){return i(t).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A").replace(/:/g,"%3A").replace(/,/g,"%2C")}var d=e(6982),h=e(9896)
function f(t,n){const e=process.env[`GITHUB_${t}`]
if(!e)throw new Error(`Unable to find environment variable for file command ${t}`)
if(!h.existsSync(e))throw new Error(`Missing file at path: ${e}`)
h.appendFileSync(e,`${i(n)}${r.EOL}`,{encoding:"utf8"})}function l(t,n){const e=`ghadelimiter_${d.randomUUID()}`,s=i(n)
if(t.includes(e))throw new Error(`Unexpected input: name should not contain the delimiter "${e}"`)
if(s.includes(e))throw new Error(`Unexpected input: value should not contain the delimiter "${e}"`)
return`${t}<<${e}${r.EOL}${s}${r.EOL}${e}`}e(6928)
var p=function(t,n,e,r){return new(e||(e=Promise))(function(i,s){function o(t){try{c(r.next(t))}catch(t){s(t)}}function a(t){try{c(r.throw(t))}catch(t){s(t)}}function c(t){var n
t.done?i(t.value):(n=t.value,n instanceof e?n:new e(function(t){t(n)})).then(o,a)}c((r=r.apply(t,n||[])).next())})}
const{access:w,appendFile:m,writeFile:g}=h.promises,O="GITHUB_STEP_SUMMARY"
const v=new class{constructor(){this._buffer=""}filePath(){return p(this,void 0,void 0,function*(){if(this._filePath)return this._filePath
const t=process.env[O]
if(!t)throw new Error(`Unable to find environment variable for $${O}. Check if your runtime environment supports job summaries.`)
try{yield w(t,h.constants.R_OK|h.constants.W_OK)}catch(n){throw new Error(`Unable to access summary file: '${t}'. Check if the file has correct read/write permissions.`)}return this._filePath=t,this._filePath})}wrap(t,n,e={}){const r=Object.entries(e).map(([t,n])=>` ${t}="${n}"`).join("")
return n?`<${t}${r}>${n}</${t}>`:`<${t}${r}>`}write(t){return p(this,void 0,void 0,function*(){const n=!!(null==t?void 0:t.overwrite),e=yield this.filePath(),r=n?g:m
return yield r(e,this._buffer,{encoding:"utf8"}),this.emptyBuffer()})}clear(){return p(this,void 0,void 0,function*(){return this.emptyBuffer().write({overwrite:!0})})}stringify(){return this._buffer}isEmptyBuffer(){return 0===this._buffer.length}emptyBuffer(){return this._buffer="",this}addRaw(t,n=!1){return this._buffer+=t,n?this.addEOL():this}addEOL(){return this.addRaw(r.EOL)}addCodeBlock(t,n){const e=Object.assign({},n&&{lang:n}),r=this.wrap("pre",this.wrap("code",t),e)
return this.addRaw(r).addEOL()}addList(t,n=!1){const e=n?"ol":"ul",r=t.map(t=>this.wrap("li",t)).join(""),i=this.wrap(e,r)
return this.addRaw(i).addEOL()}addTable(t){const n=t.map(t=>{const n=t.map(t=>{if("string"==typeof t)return this.wrap("td",t)
const{header:n,data:e,colspan:r,rowspan:i}=t,s=n?"th":"td",o=Object.assign(Object.assign({},r&&{colspan:r}),i&&{rowspan:i})
return this.wrap(s,e,o)}).join("")
return this.wrap("tr",n)}).join(""),e=this.wrap("table",n)
return this.addRaw(e).addEOL()}addDetails(t,n){const e=this.wrap("details",this.wrap("summary",t)+n)
return this.addRaw(e).addEOL()}addImage(t,n,e){const{width:r,height:i}=e||{},s=Object.assign(Object.assign({},r&&{width:r}),i&&{height:i}),o=this.wrap("img",null,Object.assign({src:t,alt:n},s))
return this.addRaw(o).addEOL()}addHeading(t,n){const e=`h${n}`,r=["h1","h2","h3","h4","h5","h6"].includes(e)?e:"h1",i=this.wrap(r,t)
return this.addRaw(i).addEOL()}addSeparator(){const t=this.wrap("hr",null)
return this.addRaw(t).addEOL()}addBreak(){const t=this.wrap("br",null)
return this.addRaw(t).addEOL()}addQuote(t,n){const e=Object.assign({},n&&{cite:n}),r=this.wrap("blockquote",t,e)
return this.addRaw(r).addEOL()}addLink(t,n){const e=this.wrap("a",t,{href:n})
return this.addRaw(e).addEOL()}},E=v
r.platform(),r.arch()
var $,y=function(t,n,e,r){return new(e||(e=Promise))(function(i,s){function o(t){try{c(r.next(t))}catch(t){s(t)}}function a(t){try{c(r.throw(t))}catch(t){s(t)}}function c(t){var n
t.done?i(t.value):(n=t.value,n instanceof e?n:new e(function(t){t(n)})).then(o,a)}c((r=r.apply(t,n||[])).next())})}
function b(t){o("add-mask",{},t)}function L(t,n){if(process.env.GITHUB_OUTPUT||"")return f("OUTPUT",l(t,n))
process.stdout.write(r.EOL),o("set-output",{name:t},i(n))}function _(t){o("debug",{},t)}function S(t,n={}){o("error",s(n),t instanceof Error?t.toString():t)}function T(t,n={}){o("warning",s(n),t instanceof Error?t.toString():t)}function U(t){process.stdout.write(t+r.EOL)}function j(t){a("group",t)}function R(){a("endgroup")}function P(t,n){return y(this,void 0,void 0,function*(){let e
j(t)
try{e=yield n()}finally{R()}return e})}function x(t,n){if(process.env.GITHUB_STATE||"")return f("STATE",l(t,n))
o("save-state",{name:t},i(n))}function B(t){return process.env[`STATE_${t}`]||""}!function(t){t[t.Success=0]="Success",t[t.Failure=1]="Failure"}($||($={}))}}

